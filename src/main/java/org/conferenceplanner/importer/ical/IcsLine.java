package org.conferenceplanner.importer.ical;

import java.util.Locale;

/**
 * One unfolded content line of an iCalendar file and the physical line it started on.
 *
 * @param line the 1-based line number in the file as the user sees it
 * @param text the whole content line, folding removed, e.g. {@code DTSTART;TZID=Europe/Berlin:20220906T015000}
 * @param name the property name in upper case: the text before the first ';' or ':'
 */
record IcsLine(int line, String text, String name) {

    IcsLine(int line, String text) {
        this(line, text, nameOf(text));
    }

    private static String nameOf(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != ';' && text.charAt(end) != ':') {
            end++;
        }
        return text.substring(0, end).toUpperCase(Locale.ROOT);
    }

    /** The raw (still escaped) value: everything after the first ':' outside quoted parameters. */
    String rawValue() {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return text.substring(i + 1);
            }
        }
        return "";
    }

    /** The raw parameter section, without the name and the leading ';' (empty when none). */
    String rawParameters() {
        String name = name();
        int valueStart = text.length() - rawValue().length() - 1;
        return valueStart > name.length() ? text.substring(name.length() + 1, valueStart) : "";
    }
}
