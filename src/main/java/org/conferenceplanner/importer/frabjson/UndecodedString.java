package org.conferenceplanner.importer.frabjson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A JSON string value left as the file's bytes and decoded when first read. Abstracts and
 * descriptions are about half of a schedule's bytes, and decoding them into strings cost a third
 * of the import; they are read later, once each, when the search index is built.
 *
 * <p>The parser still skips the string, which checks it as strictly as decoding would (bad UTF-8,
 * control characters, bad escapes), so a broken file is reported exactly as before. Holds the whole
 * file's bytes until it is decoded. Immutable, thread-safe.
 */
final class UndecodedString {

    private final JsonFactory factory;
    private final byte[] bytes;
    /** The opening and closing quote. */
    private final int open;
    private final int close;

    private UndecodedString(JsonFactory factory, byte[] bytes, int open, int close) {
        this.factory = factory;
        this.bytes = bytes;
        this.open = open;
        this.close = close;
    }

    /**
     * The string the parser skipped from its opening quote at {@code open}, found from where the
     * parser's next token starts ({@code next}): only white space and a comma lie between. Null for
     * an empty string.
     */
    static UndecodedString skipped(JsonFactory factory, byte[] bytes, int open, int next) {
        int close = next - 1;
        while (close > open && isSpaceOrComma(bytes[close])) {
            close--;
        }
        if (close <= open || bytes[close] != '"' || isEscaped(bytes, open, close)) {
            close = closingQuote(bytes, open);
        }
        return close <= open + 1 ? null : new UndecodedString(factory, bytes, open, close);
    }

    /** The decoded text. Never throws: the parser accepted the string when it skipped it. */
    String decode() {
        int length = close - open - 1;
        if (!hasEscape()) {
            return new String(bytes, open + 1, length, StandardCharsets.UTF_8);
        }
        try (JsonParser p = factory.createParser(bytes, open, length + 2)) {
            p.nextToken();
            return p.getText();
        } catch (IOException e) {
            return new String(bytes, open + 1, length, StandardCharsets.UTF_8);
        }
    }

    private boolean hasEscape() {
        for (int i = open + 1; i < close; i++) {
            if (bytes[i] == '\\') {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpaceOrComma(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == ',';
    }

    /** True when the quote at {@code at} is escaped (an odd number of backslashes before it). */
    private static boolean isEscaped(byte[] bytes, int open, int at) {
        int backslashes = 0;
        for (int i = at - 1; i > open && bytes[i] == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** The first unescaped quote after {@code open}; the parser has checked the string, so there is one. */
    private static int closingQuote(byte[] bytes, int open) {
        int i = open + 1;
        while (i < bytes.length && bytes[i] != '"') {
            i += bytes[i] == '\\' ? 2 : 1;
        }
        return Math.min(i, bytes.length);
    }
}
