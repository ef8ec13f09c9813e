package org.conferenceplanner.export;

import java.nio.charset.StandardCharsets;

/**
 * Quoted-printable (RFC 2045) for vCalendar 1.0 property values, in UTF-8. Besides what RFC 2045
 * requires, {@code ;} is encoded ({@code =3B}) because vCalendar readers split values at a bare one,
 * and line breaks become {@code =0A} as SC12's own files wrote them. Encoded lines, the property name
 * on the first one included, stay within 76 characters through soft line breaks, which never split a
 * character's bytes.
 */
final class QuotedPrintable {

    static final int MAX_LINE = 76;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private QuotedPrintable() {
    }

    /** The encoded value, folded with soft breaks ({@code =} CRLF); {@code prefixLength} is what precedes it on the first line. */
    static String encode(String value, int prefixLength) {
        StringBuilder out = new StringBuilder(value.length() * 2);
        int lineLength = prefixLength;
        int i = 0;
        while (i < value.length()) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            String token = token(cp, i >= value.length());
            // keep room for the soft-break '=' unless this is the last token
            int room = MAX_LINE - (i >= value.length() ? 0 : 1);
            if (lineLength + token.length() > room && lineLength > 0) {
                out.append("=\r\n");
                lineLength = 0;
            }
            out.append(token);
            lineLength += token.length();
        }
        return out.toString();
    }

    private static String token(int cp, boolean last) {
        if (cp == '\n') {
            return "=0A";
        }
        if (cp > 0x20 && cp < 0x7F && cp != '=' && cp != ';' || cp == ' ' && !last) {
            return String.valueOf((char) cp);
        }
        StringBuilder t = new StringBuilder(12);
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
            t.append('=').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        return t.toString();
    }
}
