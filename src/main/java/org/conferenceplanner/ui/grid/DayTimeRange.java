package org.conferenceplanner.ui.grid;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;
import org.conferenceplanner.domain.Session;

/**
 * The stretch of time a grid day shows: from the hour at or before its first start to the hour at or
 * after its last end, both on the hour in the day's zone. A day whose sessions run past midnight keeps
 * them: the range simply goes on past 24:00. Minutes are elapsed minutes from {@code start}, so a DST
 * change inside the range is a real 23- or 25-hour day, never a gap or a fold in the scale. Immutable.
 *
 * @param start   the first instant shown, on an hour of the zone
 * @param minutes the length, at least 60 and a multiple of 60
 */
public record DayTimeRange(Instant start, int minutes) {

    /** What an empty day shows. */
    static final LocalTime EMPTY_FROM = LocalTime.of(9, 0);
    static final LocalTime EMPTY_TO = LocalTime.of(18, 0);

    public DayTimeRange {
        Objects.requireNonNull(start, "start");
        if (minutes < 60) {
            throw new IllegalArgumentException("a day shows at least one hour: " + minutes);
        }
    }

    /** The range covering the scheduled sessions given, or 09:00–18:00 of {@code date} when there are none. */
    public static DayTimeRange of(LocalDate date, ZoneId zone, Collection<Session> sessions) {
        Instant first = null;
        Instant last = null;
        for (Session s : sessions) {
            if (!s.isScheduled()) {
                continue;
            }
            if (first == null || s.start().isBefore(first)) {
                first = s.start();
            }
            if (last == null || s.end().isAfter(last)) {
                last = s.end();
            }
        }
        if (first == null) {
            first = date.atTime(EMPTY_FROM).atZone(zone).toInstant();
            last = date.atTime(EMPTY_TO).atZone(zone).toInstant();
        }
        Instant from = floorToHour(first, zone);
        Instant to = ceilToHour(last, zone);
        long length = Duration.between(from, to).toMinutes();
        return new DayTimeRange(from, (int) Math.max(60, roundUpTo60(length)));
    }

    public Instant end() {
        return start.plusSeconds(minutes * 60L);
    }

    /** Minutes from the start of the range to {@code t}, to the second; negative before the range. */
    public double minuteOf(Instant t) {
        return (t.getEpochSecond() - start.getEpochSecond()) / 60.0
                + (t.getNano() - start.getNano()) / 60e9;
    }

    public Instant instantAt(double minute) {
        return start.plusSeconds(Math.round(minute * 60));
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end());
    }

    private static Instant floorToHour(Instant t, ZoneId zone) {
        return t.atZone(zone).truncatedTo(ChronoUnit.HOURS).toInstant();
    }

    private static Instant ceilToHour(Instant t, ZoneId zone) {
        ZonedDateTime floor = t.atZone(zone).truncatedTo(ChronoUnit.HOURS);
        Instant f = floor.toInstant();
        return f.equals(t) ? t : f.plus(Duration.ofHours(1));
    }

    private static long roundUpTo60(long m) {
        return (m + 59) / 60 * 60;
    }
}
