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
        // The raw text is copied in bulk two places ahead of the output and tidied in place: writes never
        // overtake reads, because a line-start separator ("\n" or "\n\n") is paid for by the two places
        // or by line breaks read in this call, and everything else writes at most what it reads.
        int count = to - from;
        ensureRoom(count + 2);
        int r = len + 2;
        int end = r + count;
        s.getChars(from, to, out, r);
        while (r < end) {
            if (inLine && !pendingCr) {
                int w = len;
                boolean space = lastWasSpace;
                while (r < end) {
                    char d = out[r];
                    if (d > ' ' && d != '\u00A0') {
                        space = false;
                    } else if (d == ' ' && !space) {
                        space = true;
                    } else {
                        break;
                    }
                    out[w++] = d;
                    r++;
                }
                len = w;
                lastWasSpace = space;
                if (r == end) {
                    break;
                }
            }
            char c = out[r++];
            append(c == '\n' ? ' ' : c);
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
