package org.conferenceplanner.importer.vcal;

import java.util.List;
import java.util.Optional;
import org.conferenceplanner.importer.ical.IcsText;

/**
 * A VEVENT of a vCalendar file.
 *
 * @param line       the line of its BEGIN:VEVENT
 * @param path       where it is, e.g. {@code VCALENDAR[2]/VEVENT[1]}, which names it in a flat file
 *                   where every event is on line 1
 * @param properties its properties in file order
 */
record VcsEvent(int line, String path, List<VcsProperty> properties) {

    VcsEvent {
        properties = List.copyOf(properties);
    }

    Optional<VcsProperty> first(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The decoded text of the first property of that name, or "". */
    String text(String name) {
        return first(name).map(VcsProperty::text).orElse("");
    }

    /** The event written the same way, property by property: equal for a repeated copy. */
    List<String> content() {
        return properties.stream().map(VcsProperty::content).toList();
    }

    /** "event \"Title\"" or "event at line 3": how problems name it. */
    String label() {
        String summary = text("SUMMARY");
        return summary.isEmpty() ? "the event of " + path : "event \"" + IcsText.shorten(summary, 80) + "\"";
    }
}
