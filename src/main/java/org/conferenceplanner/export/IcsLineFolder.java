package org.conferenceplanner.export;

/**
 * Folds iCalendar content lines at 75 octets of UTF-8, as RFC 5545 3.1 asks (ical4j folds at 75
 * characters, which is up to 300 octets for non-ASCII text). A fold never splits a character's UTF-8
 * bytes nor a backslash escape such as {@code \n}; continuation lines start with one space.
 */
final class IcsLineFolder {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private IcsLineFolder() {
    }

    /** Folds every line of unfolded content whose lines end with CRLF. */
    static String fold(String content) {
        StringBuilder out = new StringBuilder(content.length() + content.length() / 30);
        int start = 0;
        while (start < content.length()) {
            int end = content.indexOf(CRLF, start);
            if (end < 0) {
                end = content.length();
            }
            foldLine(content, start, end, out);
            out.append(CRLF);
            start = end + CRLF.length();
        }
        return out.toString();
    }

    private static void foldLine(String s, int from, int to, StringBuilder out) {
        int budget = MAX_OCTETS;
        int octets = 0;
        int lastSafe = from;
        int lastSafeOctets = 0;
        boolean inEscape = false;
        int i = from;
        while (i < to) {
            int cp = s.codePointAt(i);
            int width = utf8Length(cp);
            int next = i + Character.charCount(cp);
            if (octets + width > budget) {
                int cut = inEscape && lastSafe > from ? lastSafe : i;
                out.append(s, from, cut).append(CRLF).append(' ');
                octets = inEscape && lastSafe > from ? octets - lastSafeOctets : 0;
                from = cut;
                budget = MAX_OCTETS - 1;
                lastSafe = from;
                lastSafeOctets = 0;
                continue;
            }
            octets += width;
            // a backslash opens an escape; the character after it closes it
            inEscape = !inEscape && cp == '\\';
            if (!inEscape) {
                lastSafe = next;
                lastSafeOctets = octets;
            }
            i = next;
        }
        out.append(s, from, to);
    }

    static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        } else if (codePoint < 0x800) {
            return 2;
        } else if (codePoint < 0x10000) {
            return 3;
        }
        return 4;
    }
}
