package org.conferenceplanner.importer.ical;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the start of a file says about calendar data: whether it is a VCALENDAR at all, and its
 * VERSION, which tells vCalendar 1.0 from iCalendar 2.0. Content only, never the file name. Stateless.
 */
public final class CalendarHead {

    private static final Pattern VERSION = Pattern.compile("(?i)(?:^|\\s)VERSION\\s*:\\s*([0-9][0-9.]*)");

    private CalendarHead() {
    }

    /** True when the first non-blank text is BEGIN:VCALENDAR (any case). */
    public static boolean isCalendar(String head) {
        String h = head.stripLeading();
        return h.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, "BEGIN:VCALENDAR".length());
    }

    /** The first VERSION value ("1.0", "2.0"), or "" when the head has none. */
    public static String version(String head) {
        Matcher m = VERSION.matcher(head);
        return m.find() ? m.group(1) : "";
    }

    /** A calendar whose VERSION is 1.x: vCalendar 1.0. */
    public static boolean isVCalendar1(String head) {
        return isCalendar(head) && version(head).startsWith("1");
    }
}
