package org.conferenceplanner.importer.frabxml;

import java.time.LocalDate;
import java.util.List;
import org.conferenceplanner.domain.DeferredText;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Person;

/**
 * One {@code <event>} as read, before its times are worked out (that needs the conference zone, which
 * may only be known once the whole file is read). Text fields are final: stripped, HTML already plain, but for the abstract, which is converted when first read.
 *
 * @param line     the line of the event's start tag
 * @param path     the element path, e.g. {@code schedule/day[2]/room[Saal 1]/event[12345]}
 * @param dayDate  the date of the enclosing {@code <day>}, null when it has none or an unreadable one
 * @param date     the raw {@code <date>} text (a date-time with offset), empty when absent
 * @param start    the raw {@code <start>} text (a clock time), empty when absent
 * @param duration the raw {@code <duration>} text, empty when absent
 */
record RawEvent(
        String id,
        String guid,
        int line,
        String path,
        LocalDate dayDate,
        String room,
        String date,
        String start,
        String duration,
        String title,
        String subtitle,
        String track,
        String type,
        String language,
        DeferredText abstractText,
        String url,
        List<Person> people,
        List<Link> links) {

    /** How problems name the event: its id and title. */
    String label() {
        String name = id.isEmpty() ? "event" : "event " + id;
        return title.isEmpty() ? name : name + " \"" + title + "\"";
    }
}
