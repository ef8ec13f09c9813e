package org.conferenceplanner.importer;

import java.util.Arrays;

/**
 * Builds tidy plain text from a stream of characters in one pass: on each line, runs of spaces, tabs
 * and no-break spaces become one space and both ends are trimmed; between lines at most one blank line
 * is kept, and none at the start or end. Not thread-safe; one per text.
 */
final class PlainTextBuilder {

    private char[] out;
    private int len;
    private int lineEnds;
    private boolean inLine;
    private boolean lastWasSpace;
    private boolean pendingCr;

    PlainTextBuilder(int expectedLength) {
        out = new char[Math.max(16, expectedLength)];
    }

    void append(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i));
        }
    }

    /**
     * Appends {@code s[from, to)}, each line break read as a space (HTML text). Inside a line, stretches
     * that need no tidying (no line break, no run of spaces, no tab or no-break space) are copied in
     * bulk: this is the hot loop of every abstract.
     */
    void appendHtmlText(String s, int from, int to) {
        int i = from;
        while (i < to) {
            if (inLine && !pendingCr) {
                int end = i;
                boolean space = lastWasSpace;
                while (end < to) {
                    char d = s.charAt(end);
                    if (d > ' ' && d != '\u00A0') {
                        space = false;
                    } else if (d == ' ' && !space) {
                        space = true;
                    } else {
                        break;
                    }
                    end++;
                }
                if (end > i) {
                    ensureRoom(end - i);
                    s.getChars(i, end, out, len);
                    len += end - i;
                    lastWasSpace = space;
                    i = end;
                    continue;
                }
            }
            char c = s.charAt(i);
            append(c == '\n' ? ' ' : c);
            i++;
        }
    }

    void append(char c) {
        if (pendingCr) {
            pendingCr = false;
            if (c == '\n') {
                return;
            }
        }
        if (c == '\n' || c == '\r') {
            len = trimEnd();
            pendingCr = c == '\r';
            lineEnds++;
            inLine = false;
        } else if (!inLine) {
            if (!isHorizontalSpace(c) && !Character.isWhitespace(c)) {
                if (len > 0) {
                    put('\n');
                    if (lineEnds >= 2) {
                        put('\n');
                    }
                }
                put(c);
                lineEnds = 0;
                inLine = true;
                lastWasSpace = false;
            }
        } else if (isHorizontalSpace(c)) {
            if (!lastWasSpace) {
                put(' ');
            }
            lastWasSpace = true;
        } else {
            put(c);
            lastWasSpace = false;
        }
    }

    String build() {
        return new String(out, 0, trimEnd());
    }

    private void put(char c) {
        ensureRoom(1);
        out[len++] = c;
    }

    private void ensureRoom(int more) {
        if (len + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, len + more));
        }
    }


    private int trimEnd() {
        int end = len;
        while (end > 0 && Character.isWhitespace(out[end - 1])) {
            end--;
        }
        return end;
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u00A0';
    }
}
