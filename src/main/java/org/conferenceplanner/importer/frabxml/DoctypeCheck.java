package org.conferenceplanner.importer.frabxml;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * Looks at a file's {@code <!DOCTYPE ... [ ... ]>} before the parser does and refuses two kinds of file
 * the parser cannot be trusted with: one whose internal subset declares entities (XXE, entity bombs;
 * the parser's own view of a subset over 8 KB is garbled, so a large bomb would slip past a check on
 * it), and one that ends inside the subset (the JDK's DTD scanner then calls {@code printStackTrace},
 * which a user of the command line would see). With DTD support off the parser ends the subset at its
 * first {@code ]}, so this does too. Reads only the prolog, and the subset when there is one. Stateless.
 */
final class DoctypeCheck {

    static final String DECLARES_ENTITIES = "the file declares entities in a <!DOCTYPE>, which no schedule needs; they are"
            + " never expanded (protection against XXE and entity-expansion attacks), so the file is refused";

    /** Why a file is refused before it is parsed, and the line of its DOCTYPE. */
    static final class Refusal extends XMLStreamException {
        private static final long serialVersionUID = 1L;
        private final String reason;
        private final int line;

        Refusal(String reason, int line) {
            super(reason, at(line));
            this.reason = reason;
            this.line = line;
        }

        String reason() {
            return reason;
        }

        int line() {
            return line;
        }
    }

    private DoctypeCheck() {
    }

    /** Throws when the DOCTYPE's internal subset declares entities or the file ends inside it. */
    static void check(CharSequence text) throws Refusal {
        int doctype = doctypeInProlog(text);
        if (doctype < 0) {
            return;
        }
        int i = doctype + "<!DOCTYPE".length();
        while (i < text.length() && text.charAt(i) != '[') {
            char c = text.charAt(i);
            if (c == '>') {
                return;
            }
            if (c == '"' || c == '\'') {
                i = indexOf(text, String.valueOf(c), i + 1, text.length());
                if (i < 0) {
                    return;
                }
            }
            i++;
        }
        int close = i < text.length() ? indexOf(text, "]", i, text.length()) : -1;
        int subsetEnd = close < 0 ? text.length() : close;
        if (i < text.length() && indexOf(text, "<!ENTITY", i, subsetEnd) >= 0) {
            throw new Refusal(DECLARES_ENTITIES, lineOf(text, doctype));
        }
        if (close < 0 || skipSpace(text, close + 1) >= text.length()) {
            int line = lineOf(text, doctype);
            throw new Refusal("the file ends inside its <!DOCTYPE> (begun on line " + line + "), as if it was cut off", line);
        }
    }

    /** Where {@code <!DOCTYPE} starts, past the XML declaration, comments and processing instructions; -1 when it is not there. */
    private static int doctypeInProlog(CharSequence text) {
        int i = 0;
        while (true) {
            i = skipSpace(text, i);
            if (startsWith(text, i, "<!DOCTYPE")) {
                return i;
            }
            String end = startsWith(text, i, "<?") ? "?>" : startsWith(text, i, "<!--") ? "-->" : null;
            int next = end == null ? -1 : indexOf(text, end, i + 2, text.length());
            if (next < 0) {
                return -1;
            }
            i = next + end.length();
        }
    }

    private static int skipSpace(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(CharSequence text, int at, String prefix) {
        if (at + prefix.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (text.charAt(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(CharSequence text, String what, int from, int to) {
        for (int i = from; i + what.length() <= to; i++) {
            if (startsWith(text, i, what)) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOf(CharSequence text, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }

    private static Location at(int line) {
        return new Location() {
            @Override
            public int getLineNumber() {
                return line;
            }

            @Override
            public int getColumnNumber() {
                return 1;
            }

            @Override
            public int getCharacterOffset() {
                return -1;
            }

            @Override
            public String getPublicId() {
                return null;
            }

            @Override
            public String getSystemId() {
                return null;
            }
        };
    }

    /** The bytes of an ASCII-compatible encoding seen as characters, without copying them. */
    record Latin1(byte[] bytes, int offset) implements CharSequence {
        @Override
        public int length() {
            return bytes.length - offset;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[offset + index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().substring(start, end);
        }

        @Override
        public String toString() {
            return new String(bytes, offset, length(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }
}
