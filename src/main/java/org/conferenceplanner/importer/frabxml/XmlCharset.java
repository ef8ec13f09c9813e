package org.conferenceplanner.importer.frabxml;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;

/**
 * Decides how an XML file's bytes become characters, so that a wrong or unknown encoding declaration
 * becomes a warning rather than a parse failure. UTF-8 (declared or implied) is checked first: valid
 * bytes go to the parser as bytes (its own decoder is the fastest), invalid ones are decoded as
 * {@link org.conferenceplanner.importer.TextDecoder} does (Windows-1252, with a warning naming the line)
 * and handed over as characters, so the parser never meets a bad byte (the JDK parser would print it
 * to the console). Any other declared encoding is decoded by the JDK and handed over as characters.
 * Stateless.
 */
final class XmlCharset {

    private static final int DECLARATION_SCAN = 256;
    static final int NOT_UTF8 = -1;
    static final int ASCII = 0;
    static final int MULTI_BYTE = 1;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** The chosen decoding: a charset applied from {@code offset} (past a byte-order mark). */
    record Choice(Charset charset, int offset) {
        boolean isUtf8() {
            return charset.equals(StandardCharsets.UTF_8);
        }

        /** The text, bytes the charset cannot map replaced by U+FFFD. */
        String text(byte[] bytes) {
            return new String(bytes, offset, bytes.length - offset, charset);
        }
    }

    private XmlCharset() {
    }

    static Choice choose(byte[] bytes, String file, List<Problem> problems) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Choice(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return new Choice(StandardCharsets.UTF_16, 0);
        }
        String declared = declaredEncoding(bytes);
        if (declared == null || isUtf8Family(declared)) {
            return new Choice(StandardCharsets.UTF_8, 0);
        }
        Location where = Location.line(file, 1);
        Charset charset = lookUp(declared);
        if (charset == null) {
            problems.add(Problem.warning(where, "unknown encoding \"" + declared + "\" in the XML declaration; read as UTF-8"));
            return new Choice(StandardCharsets.UTF_8, 0);
        }
        if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
            // Without a byte-order mark a real UTF-16 file has a zero byte beside the ASCII '<'.
            if (bytes.length > 1 && bytes[0] != 0 && bytes[1] != 0) {
                problems.add(Problem.warning(where, "the XML declaration says " + declared
                        + " but the bytes are 8-bit text; read as UTF-8"));
                return new Choice(StandardCharsets.UTF_8, 0);
            }
            return new Choice(charset, 0);
        }
        if (utf8Kind(bytes, 0) == MULTI_BYTE) {
            problems.add(Problem.warning(where, "the XML declaration says " + declared
                    + " but the text is valid UTF-8; read as UTF-8"));
            return new Choice(StandardCharsets.UTF_8, 0);
        }
        return new Choice(charset, 0);
    }

    private static boolean isUtf8Family(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.equals("utf-8") || n.equals("utf8") || n.equals("us-ascii") || n.equals("ascii");
    }

    private static Charset lookUp(String name) {
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    /** True when every byte from {@code offset} on is valid UTF-8. */
    static boolean isValidUtf8(byte[] bytes, int offset) {
        return utf8Kind(bytes, offset) != NOT_UTF8;
    }

    /**
     * {@link #NOT_UTF8}, {@link #ASCII} or {@link #MULTI_BYTE}. Strict (RFC 3629: no overlong forms, no
     * surrogates, nothing above U+10FFFF), as the JDK's decoder is; ASCII is skipped eight bytes at a time.
     */
    static int utf8Kind(byte[] bytes, int offset) {
        int n = bytes.length;
        int i = offset;
        boolean multi = false;
        while (i < n) {
            if (i + Long.BYTES <= n && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
                continue;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int extra;
            int low = 0x80;
            int high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                extra = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                extra = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                extra = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return NOT_UTF8;
            }
            if (i + extra >= n) {
                return NOT_UTF8;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < low || second > high) {
                return NOT_UTF8;
            }
            for (int k = 2; k <= extra; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return NOT_UTF8;
                }
            }
            multi = true;
            i += extra + 1;
        }
        return multi ? MULTI_BYTE : ASCII;
    }

    /** The encoding pseudo-attribute of an ASCII XML declaration at the very start, or null. */
    static String declaredEncoding(byte[] bytes) {
        int end = Math.min(bytes.length, DECLARATION_SCAN);
        String head = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml")) {
            return null;
        }
        int close = head.indexOf("?>");
        String declaration = close < 0 ? head : head.substring(0, close);
        int at = declaration.indexOf("encoding");
        if (at < 0) {
            return null;
        }
        int eq = declaration.indexOf('=', at);
        if (eq < 0) {
            return null;
        }
        int q = eq + 1;
        while (q < declaration.length() && declaration.charAt(q) == ' ') {
            q++;
        }
        if (q >= declaration.length() || (declaration.charAt(q) != '"' && declaration.charAt(q) != '\'')) {
            return null;
        }
        int valueEnd = declaration.indexOf(declaration.charAt(q), q + 1);
        return valueEnd < 0 ? null : declaration.substring(q + 1, valueEnd).strip();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
