package org.conferenceplanner.importer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.conferenceplanner.domain.Session;

/** The rules for which conference day a time belongs to, shared by all importers. */
public final class ConferenceDays {

    /** Sessions starting before this local time belong to the previous day, unless the source says otherwise. */
    public static final LocalTime DEFAULT_DAY_CHANGE = LocalTime.of(5, 0);

    private ConferenceDays() {
    }

    /** The conference day of a start: its local date, or the day before when it starts before {@code dayChange}. */
    public static LocalDate dayOf(Instant start, ZoneId zone, LocalTime dayChange) {
        ZonedDateTime local = start.atZone(zone);
        LocalDate date = local.toLocalDate();
        return local.toLocalTime().isBefore(dayChange) ? date.minusDays(1) : date;
    }

    /** The declared days plus every day a session is on, sorted, each once. */
    public static List<LocalDate> daysOf(Collection<LocalDate> declared, Collection<Session> sessions) {
        TreeSet<LocalDate> days = new TreeSet<>(declared);
        for (Session s : sessions) {
            if (s.day() != null) {
                days.add(s.day());
            }
        }
        return List.copyOf(days);
    }
}
