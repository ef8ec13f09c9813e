package org.conferenceplanner.importer.robustness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conferenceplanner.domain.ProgramFormat;

/**
 * Damages a program the ways files get damaged: bytes flipped, deleted or repeated, the file cut
 * short, a line dropped or doubled, two values of the format swapped (XML attributes and element
 * texts, JSON values, calendar property values, SC label values). Deterministic for a given
 * {@link Random}. Text operations work on ISO-8859-1, which maps bytes to chars one to one, so
 * multi-byte characters get damaged too. Not thread-safe (the Random is not shared across threads).
 */
final class Mutator {

    /** A damaged copy and what was done to it, for the failure message. */
    record Mutant(String how, byte[] bytes) {
    }

    private static final Pattern XML_VALUES = Pattern.compile("=\"([^\"<]*)\"|>([^<>]*[^<>\\s][^<>]*)<");
    private static final Pattern JSON_VALUES = Pattern.compile(
            ":\\s*(\"(?:[^\"\\\\]++|\\\\.)*+\"|-?\\d[\\d.eE+-]*|true|false|null)");
    private static final Pattern CALENDAR_VALUES = Pattern.compile("(?m)^[A-Za-z-]+(?:;[^:\\r\\n]*)?:([^\\r\\n]*)");
    private static final Pattern SC_VALUES = Pattern.compile("(?m)^[A-Za-z()/ -]+:[ \\t]*([^\\r\\n]*)");

    private Mutator() {
    }

    static Mutant mutate(byte[] bytes, ProgramFormat format, Random random) {
        if (bytes.length < 2) {
            return new Mutant("unchanged (too short)", bytes);
        }
        return switch (random.nextInt(8)) {
            case 0 -> flipBytes(bytes, random);
            case 1 -> flipBit(bytes, random);
            case 2 -> deleteBytes(bytes, random);
            case 3 -> truncate(bytes, random);
            case 4 -> lines(bytes, random, true);
            case 5 -> lines(bytes, random, false);
            case 6 -> swapValues(bytes, format, random);
            default -> repeatChunk(bytes, random);
        };
    }

    private static Mutant flipBytes(byte[] bytes, Random random) {
        byte[] b = bytes.clone();
        int count = 1 + random.nextInt(8);
        int[] at = new int[count];
        for (int k = 0; k < count; k++) {
            at[k] = random.nextInt(b.length);
            b[at[k]] = (byte) random.nextInt(256);
        }
        return new Mutant("bytes replaced at " + Arrays.toString(at), b);
    }

    private static Mutant flipBit(byte[] bytes, Random random) {
        byte[] b = bytes.clone();
        int at = random.nextInt(b.length);
        int bit = random.nextInt(8);
        b[at] ^= (byte) (1 << bit);
        return new Mutant("bit " + bit + " flipped at " + at, b);
    }

    private static Mutant deleteBytes(byte[] bytes, Random random) {
        int at = random.nextInt(bytes.length);
        int length = Math.min(1 + random.nextInt(16), bytes.length - at);
        byte[] b = new byte[bytes.length - length];
        System.arraycopy(bytes, 0, b, 0, at);
        System.arraycopy(bytes, at + length, b, at, bytes.length - at - length);
        return new Mutant(length + " bytes deleted at " + at, b);
    }

    private static Mutant truncate(byte[] bytes, Random random) {
        int length = 1 + random.nextInt(bytes.length - 1);
        return new Mutant("cut after " + length + " bytes", Arrays.copyOf(bytes, length));
    }

    private static Mutant repeatChunk(byte[] bytes, Random random) {
        int at = random.nextInt(bytes.length);
        int length = Math.min(1 + random.nextInt(64), bytes.length - at);
        byte[] b = new byte[bytes.length + length];
        System.arraycopy(bytes, 0, b, 0, at + length);
        System.arraycopy(bytes, at, b, at + length, bytes.length - at);
        return new Mutant(length + " bytes at " + at + " repeated", b);
    }

    private static Mutant lines(byte[] bytes, Random random, boolean duplicate) {
        List<String> lines = new ArrayList<>(Arrays.asList(latin1(bytes).split("\n", -1)));
        int at = random.nextInt(lines.size());
        if (duplicate) {
            lines.add(at, lines.get(at));
        } else {
            lines.remove(at);
        }
        return new Mutant("line " + (at + 1) + (duplicate ? " doubled" : " dropped"), bytes(String.join("\n", lines)));
    }

    private static Mutant swapValues(byte[] bytes, ProgramFormat format, Random random) {
        String text = latin1(bytes);
        List<int[]> spans = new ArrayList<>();
        Matcher m = values(format).matcher(text);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            spans.add(new int[] {m.start(group), m.end(group)});
        }
        if (spans.size() < 2) {
            return flipBytes(bytes, random);
        }
        int i = random.nextInt(spans.size());
        int j = random.nextInt(spans.size() - 1);
        j = j >= i ? j + 1 : j;
        int[] a = spans.get(Math.min(i, j));
        int[] b = spans.get(Math.max(i, j));
        String swapped = text.substring(0, a[0]) + text.substring(b[0], b[1]) + text.substring(a[1], b[0])
                + text.substring(a[0], a[1]) + text.substring(b[1]);
        return new Mutant("values at " + a[0] + " and " + b[0] + " swapped", bytes(swapped));
    }

    private static Pattern values(ProgramFormat format) {
        return switch (format) {
            case FRAB_XML -> XML_VALUES;
            case FRAB_JSON -> JSON_VALUES;
            case ICALENDAR, VCALENDAR -> CALENDAR_VALUES;
            case SC_TEXT -> SC_VALUES;
        };
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }
}
