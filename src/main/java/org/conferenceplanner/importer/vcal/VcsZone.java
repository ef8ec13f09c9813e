package org.conferenceplanner.importer.vcal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The time zone a vCalendar 1.0 file states, which is at most an offset: {@code TZ:-07} for standard
 * time and {@code DAYLIGHT:TRUE;-06;start;end;EST;EDT} for each summer-time period. Local times inside
 * a daylight period use its offset. A file with neither has no zone (its times are then UTC). Immutable.
 *
 * @param standard the TZ offset, or null when the file has no TZ
 * @param daylight the summer-time periods
 */
record VcsZone(ZoneOffset standard, List<Daylight> daylight) {

    /** One DAYLIGHT period, its bounds in local time. */
    record Daylight(ZoneOffset offset, LocalDateTime start, LocalDateTime end) {
    }

    VcsZone {
        daylight = List.copyOf(daylight);
    }

    /** Reads TZ and DAYLIGHT from the calendar's properties; values that cannot be read are ignored. */
    static VcsZone of(List<VcsProperty> calendarProperties) {
        ZoneOffset standard = null;
        List<Daylight> periods = new ArrayList<>();
        for (VcsProperty p : calendarProperties) {
            if (p.name().equals("TZ") && standard == null) {
                standard = VcsTimes.offset(p.text());
            } else if (p.name().equals("DAYLIGHT")) {
                Daylight d = daylight(p.rawValue());
                if (d != null) {
                    periods.add(d);
                }
            }
        }
        return new VcsZone(standard, periods);
    }

    private static Daylight daylight(String value) {
        String[] parts = value.split(";");
        if (parts.length < 4 || !parts[0].strip().equalsIgnoreCase("TRUE")) {
            return null;
        }
        ZoneOffset offset = VcsTimes.offset(parts[1]);
        if (offset != null && VcsTimes.parse(parts[2]) instanceof VcsTimes.Local s
                && VcsTimes.parse(parts[3]) instanceof VcsTimes.Local e) {
            return new Daylight(offset, s.local(), e.local());
        }
        return null;
    }

    boolean isStated() {
        return standard != null;
    }

    /** The zone the conference is shown in: the standard offset, else UTC. */
    ZoneId displayZone() {
        return standard == null ? ZoneId.of("UTC") : standard;
    }

    /** A local time of the file on the time line. */
    Instant instant(LocalDateTime local) {
        for (Daylight d : daylight) {
            if (!local.isBefore(d.start()) && local.isBefore(d.end())) {
                return local.toInstant(d.offset());
            }
        }
        return local.toInstant(standard == null ? ZoneOffset.UTC : standard);
    }
}
