package org.conferenceplanner.importer.frabjson;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;

/**
 * The conference days as the file declares them, interpreted in the conference zone: each day's
 * date and, where given, the instants it starts and ends (frab's {@code day_start}/{@code day_end},
 * schedule v2's {@code start}/{@code end}). Immutable once built.
 */
final class DayTable {

    /** One declared day; any part may be null when the file does not give it. */
    record Day(LocalDate date, Instant start, Instant end, LocalTime startClock) {
    }

    private final List<Day> days;

    private DayTable(List<Day> days) {
        this.days = days;
    }

    /** The UTC offsets written in the days' boundaries: evidence for the zone when there are no events. */
    static Map<ZoneOffset, Integer> offsets(List<DayEntry> entries) {
        Map<ZoneOffset, Integer> offsets = new LinkedHashMap<>();
        for (DayEntry d : entries) {
            for (String text : new String[] {d.startText, d.endText}) {
                OffsetDateTime t = text.isEmpty() ? null : JsonValues.offsetDateTime(text);
                if (t != null) {
                    offsets.merge(t.getOffset(), 1, Integer::sum);
                }
            }
        }
        return offsets;
    }

    static DayTable of(List<DayEntry> entries, ZoneId zone, String file, List<Problem> problems) {
        List<Day> days = new ArrayList<>();
        Set<LocalDate> seen = new LinkedHashSet<>();
        for (DayEntry d : entries) {
            Location where = new Location(file, d.line, d.path);
            Instant start = instant(d.startText, zone);
            Instant end = instant(d.endText, zone);
            LocalDate date = date(d.dateText);
            if (date == null) {
                LocalDate fallback = start == null ? null : start.atZone(zone).toLocalDate();
                problems.add(Problem.warning(where, (d.dateText.isEmpty() ? "a day has no date"
                        : "day date \"" + EventReader.shorten(d.dateText) + "\" is not a date")
                        + (fallback == null ? "; its events are placed by their own times"
                                : "; taken from its start: " + fallback)));
                date = fallback;
            }
            if (date != null && !seen.add(date)) {
                problems.add(Problem.warning(where, "day " + date + " is listed more than once; its events are kept under it"));
            }
            days.add(new Day(date, start, end, start == null ? null : start.atZone(zone).toLocalTime()));
        }
        return new DayTable(days);
    }

    private static Instant instant(String text, ZoneId zone) {
        if (text.isEmpty()) {
            return null;
        }
        OffsetDateTime withOffset = JsonValues.offsetDateTime(text);
        if (withOffset != null) {
            return withOffset.toInstant();
        }
        LocalDateTime local = JsonValues.localDateTime(text);
        return local == null ? null : local.atZone(zone).toInstant();
    }

    static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The date of the day at a position in the file's list, or null when unknown. */
    LocalDate date(int position) {
        return position < 0 || position >= days.size() ? null : days.get(position).date();
    }

    /** The local time the day at a position starts, or null when the file does not say. */
    LocalTime startClock(int position) {
        return position < 0 || position >= days.size() ? null : days.get(position).startClock();
    }

    /** The declared day whose start/end range holds an instant (schedule v2 events), or null. */
    LocalDate dayContaining(Instant t) {
        for (Day d : days) {
            if (d.date() != null && d.start() != null && d.end() != null && !t.isBefore(d.start()) && t.isBefore(d.end())) {
                return d.date();
            }
        }
        return null;
    }

    /** The declared dates in the file's order, each once. */
    List<LocalDate> dates() {
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (Day d : days) {
            if (d.date() != null) {
                dates.add(d.date());
            }
        }
        return List.copyOf(dates);
    }
}
