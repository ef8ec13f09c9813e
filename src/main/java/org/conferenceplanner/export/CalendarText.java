package org.conferenceplanner.export;

/**
 * Makes any text from a program safe to put in a calendar: line ends become LF, control characters
 * (which no calendar format may carry) are dropped, broken surrogate halves become U+FFFD, and runs of
 * blanks are cut to {@value #MAX_BLANK_RUN} (ASCII tables in abstracts have runs of a hundred spaces,
 * which a proportional font shows as a gap anyway, and which folding would turn into blank lines that
 * vobject takes for the end of the text). What the text says is kept; escaping is the writer's job.
 */
final class CalendarText {

    static final int MAX_BLANK_RUN = 20;

    private CalendarText() {
    }

    static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int blanks = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean blank = c != '\n' && c != '\r' && (c == '\t' || Character.isSpaceChar(c));
            blanks = blank ? blanks + 1 : 0;
            if (blanks > MAX_BLANK_RUN) {
                continue;
            }
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                continue;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    out.append(c).append(text.charAt(++i));
                } else {
                    out.append('\uFFFD');
                }
            } else if (Character.isLowSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One line: line breaks and tabs become spaces, runs of blanks one space. */
    static String oneLine(String text) {
        return clean(text).replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
