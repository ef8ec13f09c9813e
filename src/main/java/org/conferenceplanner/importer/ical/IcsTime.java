package org.conferenceplanner.importer.ical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A DTSTART or DTEND as the file gives it, before the conference zone is known. */
sealed interface IcsTime {

    /** A time fixed to the time line: UTC ("Z") or with a TZID that could be resolved. */
    record Exact(Instant instant, String tzid, ZoneOffset offset) implements IcsTime {
    }

    /** A clock time with no zone ("floating"), or with a TZID nobody knows ({@code unknownZone} then names it). */
    record Floating(LocalDateTime local, String unknownZone) implements IcsTime {
    }

    /** A date with no time (VALUE=DATE): the whole day. */
    record AllDay(LocalDate date) implements IcsTime {
    }

    /** The property is not there. */
    record Missing() implements IcsTime {
    }

    /** The property is there but its value is no date or time. */
    record Invalid(String raw) implements IcsTime {
    }

    /** The instant in the conference zone, or null for Missing and Invalid. */
    default Instant in(ZoneId zone) {
        if (this instanceof Exact e) {
            return e.instant();
        }
        if (this instanceof Floating f) {
            return f.local().atZone(zone).toInstant();
        }
        if (this instanceof AllDay d) {
            return d.date().atStartOfDay(zone).toInstant();
        }
        return null;
    }
}
