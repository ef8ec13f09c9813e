package org.conferenceplanner.importer.vcal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes QUOTED-PRINTABLE values as real vCalendar writers produced them: {@code =XX} bytes, soft
 * line breaks ("=" before a line end, or before the space that joined the lines of a flattened file),
 * and raw non-ASCII characters that should have been encoded but were not (SC12 wrote "×" and "ﬁ"
 * as they were). A malformed "=" is kept as written. Stateless.
 */
final class QuotedPrintable {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private QuotedPrintable() {
    }

    /**
     * @param charset the CHARSET parameter, or null: then the bytes are UTF-8 when they are valid
     *                UTF-8, else Windows-1252
     */
    static String decode(String value, Charset charset) {
        StringBuilder out = new StringBuilder(value.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '=' && isHex(value, i + 1) && isHex(value, i + 2)) {
                bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 3;
                continue;
            }
            if (c == '=' && softBreakEnd(value, i + 1) >= 0) {
                i = softBreakEnd(value, i + 1);
                continue;
            }
            flush(bytes, charset, out);
            out.append(c);
            i++;
        }
        flush(bytes, charset, out);
        return out.toString();
    }

    /** After "=": spaces or tabs, then a line break, the end, or (flattened files) more text. -1 when no whitespace or break follows. */
    private static int softBreakEnd(String value, int from) {
        int i = from;
        while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
            i++;
        }
        if (i < value.length() && value.charAt(i) == '\r') {
            i++;
        }
        if (i < value.length() && value.charAt(i) == '\n') {
            return i + 1;
        }
        return i > from || i == value.length() ? i : -1;
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }

    private static void flush(ByteArrayOutputStream bytes, Charset charset, StringBuilder out) {
        if (bytes.size() == 0) {
            return;
        }
        byte[] b = bytes.toByteArray();
        bytes.reset();
        if (charset != null) {
            out.append(new String(b, charset));
            return;
        }
        try {
            out.append(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)));
        } catch (CharacterCodingException e) {
            out.append(new String(b, WINDOWS_1252));
        }
    }
}
