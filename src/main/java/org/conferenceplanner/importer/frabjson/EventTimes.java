package org.conferenceplanner.importer.frabjson;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The time facts of one event as the file gives them. At most one start form is set, in order of
 * preference: an instant (written with an offset), a local date-time (no offset: read in the conference zone), a
 * clock time only (placed on the day the event is listed under).
 *
 * @param text the start as written, kept for an unscheduled session's time text
 */
record EventTimes(
        Instant start,
        LocalDateTime floatingStart,
        LocalTime clockStart,
        Instant end,
        Duration duration,
        String text) {

    boolean hasStart() {
        return start != null || floatingStart != null || clockStart != null;
    }
}
