package org.conferenceplanner.export;

/**
 * Makes any text from a program safe to put in a calendar: line ends become LF, control characters
 * (which no calendar format may carry) are dropped, broken surrogate halves become U+FFFD. What the
 * text says is kept; escaping for each format is the writer's job.
 */
final class CalendarText {

    private CalendarText() {
    }

    static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
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
