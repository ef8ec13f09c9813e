package org.conferenceplanner.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes of a text program into a string: UTF-8 (with or without a byte-order mark) when
 * the bytes are valid UTF-8, else Windows-1252, which is what older web pages were written in,
 * with a warning naming the line of the first bad byte.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static String decode(ProgramInput input, List<Problem> problems) {
        byte[] bytes = input.bytes();
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return utf8.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, offset);
            problems.add(Problem.warning(Location.line(input.name(), lineOf(bytes, bad)),
                    "the file is not valid UTF-8 (byte " + (bad + 1) + "); read it as Windows-1252"));
            return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
    }

    /** Decodes a prefix for format detection; never fails. */
    public static String head(byte[] bytes, int maxBytes) {
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        int length = Math.max(0, Math.min(bytes.length, maxBytes) - offset);
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
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
