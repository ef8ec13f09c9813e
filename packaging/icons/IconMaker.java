import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Conference Planner icon (a day × room grid with planned sessions) at every size the
 * platforms want, and writes PNGs, a Windows .ico and a macOS .icns with PNG entries.
 * Run from the repository root: {@code java packaging/icons/IconMaker.java packaging/icons}.
 * Kept as source so the icon can be changed and rebuilt; its output is committed.
 */
public class IconMaker {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "packaging/icons");
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            byte[] bytes = encode(draw(size));
            png.put(size, bytes);
            if (size <= 512) {
                Files.write(dir.resolve("conference-planner-" + size + ".png"), bytes);
            }
        }
        Files.write(dir.resolve("conference-planner.png"), png.get(256));
        Files.write(dir.resolve("conference-planner.ico"), ico(png, 16, 24, 32, 48, 64, 128, 256));
        Files.write(dir.resolve("conference-planner.icns"), icns(png));
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size / 64.0;
        double pad = 3 * s;
        var body = new RoundRectangle2D.Double(pad, pad, size - 2 * pad, size - 2 * pad, 12 * s, 12 * s);
        g.setColor(new Color(0xF7F9FC));
        g.fill(body);
        g.setClip(body);
        g.setColor(new Color(0x2F5FA8));
        g.fillRect(0, 0, size, (int) Math.round(17 * s));
        g.setClip(null);
        g.setColor(new Color(0xC9D3E3));
        g.setStroke(new BasicStroke((float) Math.max(1, 1.2 * s)));
        for (int i = 1; i < 3; i++) {
            int x = (int) Math.round(pad + i * (size - 2 * pad) / 3.0);
            g.drawLine(x, (int) (19 * s), x, (int) (size - pad - 2 * s));
        }
        block(g, s, 0, 22, 14, new Color(0x4C9A6A));
        block(g, s, 1, 26, 20, new Color(0xE0913A));
        block(g, s, 2, 21, 10, new Color(0x8A63C7));
        block(g, s, 0, 40, 16, new Color(0x2F5FA8));
        block(g, s, 2, 35, 22, new Color(0xD2555A));
        g.setColor(new Color(0x1E3F73));
        g.setStroke(new BasicStroke((float) Math.max(1, 1.5 * s)));
        g.draw(body);
        g.dispose();
        return img;
    }

    private static void block(Graphics2D g, double s, int column, double top, double height, Color c) {
        double colWidth = (64 - 6) / 3.0;
        double x = (3 + column * colWidth + 2) * s;
        g.setColor(c);
        g.fill(new RoundRectangle2D.Double(x, top * s, (colWidth - 4) * s, height * s, 3 * s, 3 * s));
    }

    static byte[] encode(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** ICO with PNG-compressed entries (valid since Windows Vista). */
    static byte[] ico(Map<Integer, byte[]> png, int... sizes) {
        int count = sizes.length;
        int offset = 6 + 16 * count;
        int total = offset;
        for (int size : sizes) {
            total += png.get(size).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) count);
        for (int size : sizes) {
            byte[] data = png.get(size);
            b.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            b.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            b.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int size : sizes) {
            b.put(png.get(size));
        }
        return b.array();
    }

    /** ICNS with PNG entries (icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, ic10 1024). */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (var e : types.entrySet()) {
            byte[] data = png.get(e.getValue());
            d.writeBytes(e.getKey());
            d.writeInt(8 + data.length);
            d.write(data);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(8 + body.size());
        o.write(body.toByteArray());
        return out.toByteArray();
    }
}
