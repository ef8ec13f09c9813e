package org.conferenceplanner.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Turns the bytes of a text program into a string: UTF-8 (with or without a byte-order mark) when
 * the bytes are valid UTF-8; UTF-16 when a byte-order mark or the zero bytes of mostly-ASCII text say
 * so; UTF-8 with the bad bytes replaced when a UTF-8 file was damaged (see {@link #mostlyUtf8}: cut in
 * the middle of a character, a byte flipped, garbage appended); else
 * Windows-1252, which is what older web pages were written in. Each guess is reported with the line
 * of the first bad byte. Stateless.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Bytes looked at to recognise UTF-16 without a byte-order mark. */
    private static final int UTF16_SAMPLE = 1024;

    private TextDecoder() {
    }

    public static String decode(ProgramInput input, List<Problem> problems) {
        byte[] bytes = input.bytes();
        Optional<Utf16> utf16 = utf16(bytes);
        if (utf16.isPresent()) {
            if (utf16.get().bomLength() == 0) {
                problems.add(Problem.info(Location.line(input.name(), 1), "the file is UTF-16 text without a byte-order mark;"
                        + " it was read as " + utf16.get().charset().name()));
            }
            return utf16.get().decode(bytes, bytes.length);
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return utf8.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, offset);
            Location where = Location.line(input.name(), lineOf(bytes, bad));
            if (mostlyUtf8(bytes)) {
                problems.add(Problem.warning(where, "the file is not valid UTF-8 (byte " + (bad + 1) + " is damaged, or the file"
                        + " is cut off in the middle of a character); it was read as UTF-8 with each unreadable byte shown as \uFFFD"));
                return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            }
            problems.add(Problem.warning(where, "the file is not valid UTF-8 (byte " + (bad + 1) + "); read it as Windows-1252"));
            return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
    }

    /** Decodes a prefix for format detection; never fails. */
    public static String head(byte[] bytes, int maxBytes) {
        Optional<Utf16> utf16 = utf16(bytes);
        if (utf16.isPresent()) {
            return utf16.get().decode(bytes, Math.min(bytes.length, maxBytes));
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        int length = Math.max(0, Math.min(bytes.length, maxBytes) - offset);
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }

    /**
     * True when bytes that are not valid UTF-8 are still best read as UTF-8: a file damaged after valid
     * multi-byte sequences (cut, or garbage appended), or one holding more valid multi-byte sequences
     * than runs of bad bytes. A file written in a legacy encoding has bad bytes and no valid sequences.
     */
    public static boolean mostlyUtf8(byte[] b) {
        int valid = 0;
        int invalid = 0;
        boolean inBadRun = false;
        for (int i = 0; i < b.length; i++) {
            int lead = b[i] & 0xFF;
            if (lead < 0x80) {
                inBadRun = false;
                continue;
            }
            int more = lead >= 0xC2 && lead <= 0xDF ? 1
                    : lead >= 0xE0 && lead <= 0xEF ? 2
                    : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
            boolean ok = more > 0 && i + more < b.length;
            for (int k = 1; ok && k <= more; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += more;
            } else if (invalid == 0 && valid > 0) {
                return true;
            } else if (!inBadRun) {
                invalid++;
            }
            inBadRun = !ok;
        }
        return valid > invalid;
    }

    /** UTF-16 in one byte order, and the length of its byte-order mark (0 when there is none). */
    private record Utf16(Charset charset, int bomLength) {
        String decode(byte[] bytes, int end) {
            int length = (end - bomLength) & ~1;
            return length <= 0 ? "" : new String(bytes, bomLength, length, charset);
        }
    }

    /**
     * A UTF-16 byte-order mark, or text whose every other byte is zero: program files are mostly
     * ASCII markup, which in UTF-16 without a mark shows as a zero byte beside each letter.
     */
    private static Optional<Utf16> utf16(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new Utf16(StandardCharsets.UTF_16BE, 2));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new Utf16(StandardCharsets.UTF_16LE, 2));
        }
        int pairs = Math.min(b.length, UTF16_SAMPLE) / 2;
        if (pairs < 2) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs) {
            return Optional.of(new Utf16(StandardCharsets.UTF_16LE, 0));
        }
        if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs) {
            return Optional.of(new Utf16(StandardCharsets.UTF_16BE, 0));
        }
        return Optional.empty();
    }

    static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static int firstInvalidUtf8(byte[] b, int from) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
        var out = java.nio.CharBuffer.allocate(Math.max(16, b.length));
        var result = d.decode(in, out, true);
        return result.isError() ? in.position() : b.length;
    }

    private static int lineOf(byte[] b, int position) {
        int line = 1;
        for (int i = 0; i < position && i < b.length; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
