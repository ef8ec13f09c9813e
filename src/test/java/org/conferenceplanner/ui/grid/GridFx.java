package org.conferenceplanner.ui.grid;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Small helpers for the grid's TestFX tests: node counting and screenshots. */
final class GridFx {

    private GridFx() {
    }

    /** Every node in the subtree, visible or not (what the scene holds). */
    static int countNodes(Node node) {
        int n = 1;
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                n += countNodes(child);
            }
        }
        return n;
    }

    /** Saves a snapshot of {@code node} as {@code target/screenshots/<name>.png} and returns the file. */
    static Path screenshot(Node node, String name) {
        try {
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(30, TimeUnit.SECONDS);
            BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            ImageIO.write(buffered, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("snapshot failed", e);
        }
    }
}
