package org.conferenceplanner.importer.ical;

import java.util.List;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;

/**
 * Properties some generators put inside each VEVENT although they belong elsewhere or nowhere:
 * METHOD (a VCALENDAR property) and a TZID property (TZID is a parameter). They are ignored; one
 * problem each says so, instead of one per event. Stateless.
 */
final class MisplacedProperties {

    private MisplacedProperties() {
    }

    static void report(String file, RepairedIcs ics, List<Problem> problems) {
        note(file, ics, "METHOD", "it belongs to VCALENDAR and was ignored", problems);
        note(file, ics, "TZID", "iCalendar has no such property (TZID is a parameter of DTSTART); it was ignored", problems);
    }

    private static void note(String file, RepairedIcs ics, String name, String why, List<Problem> problems) {
        int count = 0;
        int first = 0;
        String example = "";
        for (RawEvent e : ics.events()) {
            if (e.first(name).isPresent()) {
                count++;
                if (first == 0) {
                    first = e.first(name).get().line();
                    example = e.text(name);
                }
            }
        }
        if (count > 0) {
            problems.add(Problem.info(Location.line(file, first), name + ":" + IcsText.shorten(example, 40) + " appears inside "
                    + count + " VEVENT(s), the first on line " + first + "; " + why));
        }
    }
}
