package org.conferenceplanner.importer.ical;

import java.util.List;

/**
 * An iCalendar file after the lenient pre-pass: text that ical4j can parse (one content line per
 * line, components balanced, unreadable lines gone) plus what the pre-pass saw on the way.
 *
 * @param text               the repaired text, lines separated by CRLF
 * @param fileLines          for each line of {@code text} (index 0 = line 1), the line of the file it came from
 * @param events             every top-level VEVENT in file order
 * @param calendarProperties the VCALENDAR's own property lines (X-WR-CALNAME, X-WR-TIMEZONE...)
 * @param timezones          the text of each VTIMEZONE block, for reading events one by one
 * @param hasCalendar        false when the file holds no VCALENDAR at all
 */
record RepairedIcs(
        String text,
        int[] fileLines,
        List<RawEvent> events,
        List<IcsLine> calendarProperties,
        List<String> timezones,
        boolean hasCalendar) {

    RepairedIcs {
        events = List.copyOf(events);
        calendarProperties = List.copyOf(calendarProperties);
        timezones = List.copyOf(timezones);
    }

    /** The file line of a line of {@code text} (1-based); 0 when out of range. */
    int fileLine(int textLine) {
        return textLine >= 1 && textLine <= fileLines.length ? fileLines[textLine - 1] : 0;
    }

    /** The unescaped value of a VCALENDAR property, or "". */
    String calendarText(String name) {
        return calendarProperties.stream().filter(p -> p.name().equals(name)).findFirst()
                .map(p -> IcsText.unescape(p.rawValue()).strip()).orElse("");
    }
}
