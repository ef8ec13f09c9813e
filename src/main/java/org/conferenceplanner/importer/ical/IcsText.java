package org.conferenceplanner.importer.ical;

/** Small text rules of iCalendar and vCalendar values: escapes, and shortening values quoted in messages. Stateless. */
public final class IcsText {

    private IcsText() {
    }

    /** Resolves {@code \n \N \, \; \\}; a backslash before anything else is kept as written. */
    public static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                switch (next) {
                    case 'n', 'N' -> out.append('\n');
                    case ',', ';', '\\' -> out.append(next);
                    default -> out.append('\\').append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A value as it may be quoted in a message: at most {@code max} characters, control characters shown as '?'. */
    public static String shorten(String value, int max) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }

    /**
     * Whether a stray line reads as prose (a description broken by a raw line break) rather than
     * binary debris: nearly all letters, digits, spaces and ordinary punctuation.
     */
    public static boolean looksLikeText(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.indexOf('\uFFFD') >= 0) {
            return false;
        }
        long ordinary = t.codePoints()
                .filter(c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c) || ".,;:!?'\"()-/&+*%@#[]".indexOf(c) >= 0)
                .count();
        return ordinary >= 0.9 * t.codePointCount(0, t.length());
    }
}
