package org.conferenceplanner.importer.ical;

import java.util.List;
import java.util.Optional;

/**
 * A VEVENT as written in the file, before ical4j reads it: where it starts and its own property
 * lines (not those of nested components such as VALARM). Used to name events in problems and to
 * say what a value was when ical4j had to leave a property out.
 *
 * @param line       the line of its {@code BEGIN:VEVENT}
 * @param properties its own property lines in file order
 */
record RawEvent(int line, List<IcsLine> properties) {

    RawEvent {
        properties = List.copyOf(properties);
    }

    Optional<IcsLine> first(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    List<IcsLine> all(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).toList();
    }

    /** The unescaped value of the first property of that name, or "". */
    String text(String name) {
        return first(name).map(p -> IcsText.unescape(p.rawValue()).strip()).orElse("");
    }

    /** "VEVENT \"Title\" (UID x)" or as much of it as the event has: how problems name the event. */
    String label() {
        String summary = text("SUMMARY");
        String uid = text("UID");
        StringBuilder sb = new StringBuilder("event");
        if (!summary.isEmpty()) {
            sb.append(" \"").append(IcsText.shorten(summary, 80)).append('"');
        }
        if (!uid.isEmpty()) {
            sb.append(" (UID ").append(IcsText.shorten(uid, 80)).append(')');
        }
        return sb.toString();
    }
}
