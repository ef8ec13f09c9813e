package org.conferenceplanner.ui.infra;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How dates, times, zones and lengths are written in the window ("Sat 10 Nov", "11:00–11:30",
 * "MST — America/Denver", "1 h 30 min"). Pure and immutable; any thread.
 */
public final class TimeTexts {

    private static final String DASH = "\u2013";

    private final Locale locale;
    private final DateTimeFormatter shortDay;
    private final DateTimeFormatter longDay;
    private final DateTimeFormatter weekdayDay;
    private final DateTimeFormatter clock;

    public TimeTexts(Locale locale) {
        this.locale = locale;
        this.shortDay = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        this.longDay = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        this.weekdayDay = DateTimeFormatter.ofPattern("EEEE d MMM", locale);
        this.clock = DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    /** "Sat 10 Nov": the day tabs. */
    public String shortDay(LocalDate date) {
        return shortDay.format(date);
    }

    /** "Wednesday 14 Nov": the planner's day headings. */
    public String weekdayDay(LocalDate date) {
        return weekdayDay.format(date);
    }

    /** "Wednesday 14 November 2012". */
    public String longDay(LocalDate date) {
        return longDay.format(date);
    }

    public String clock(Instant instant, ZoneId zone) {
        return clock.format(instant.atZone(zone));
    }

    /** "11:00–11:30", with "(+1)" when the end falls on a later local date than the start. */
    public String range(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime s = start.atZone(zone);
        ZonedDateTime e = end.atZone(zone);
        String text = clock.format(s) + DASH + clock.format(e);
        long days = e.toLocalDate().toEpochDay() - s.toLocalDate().toEpochDay();
        return days > 0 ? text + " (+" + days + ")" : text;
    }

    /** The zone's short name at that instant, e.g. "MST", "CET", "CEST". */
    public String zoneAbbreviation(ZoneId zone, Instant at) {
        return DateTimeFormatter.ofPattern("zzz", locale).format(at.atZone(zone));
    }

    /** "MST — America/Denver" as it holds at noon of {@code date}: the time axis label. */
    public String zoneLabel(ZoneId zone, LocalDate date) {
        Instant noon = date.atTime(LocalTime.NOON).atZone(zone).toInstant();
        String abbreviation = zoneAbbreviation(zone, noon);
        String id = zone.getId();
        if (abbreviation.equals(id)) {
            return zone.getDisplayName(TextStyle.FULL, locale).equals(id) ? id : id + " \u2014 " + zone.getDisplayName(TextStyle.FULL, locale);
        }
        return abbreviation + " \u2014 " + id;
    }

    /**
     * Whether two zones show the same clock all through a local date (Brussels and Berlin do; Denver and
     * Berlin do not): then a second time axis would only repeat the first.
     */
    public static boolean sameClock(ZoneId a, ZoneId b, LocalDate date) {
        Instant start = date.atStartOfDay(a).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(a).toInstant();
        return a.getRules().getOffset(start).equals(b.getRules().getOffset(start))
                && a.getRules().getOffset(end).equals(b.getRules().getOffset(end))
                && a.getRules().nextTransition(start) == null == (b.getRules().nextTransition(start) == null)
                && sameTransitionBefore(a, b, start, end);
    }

    private static boolean sameTransitionBefore(ZoneId a, ZoneId b, Instant start, Instant end) {
        var ta = a.getRules().nextTransition(start);
        var tb = b.getRules().nextTransition(start);
        boolean aInside = ta != null && ta.getInstant().isBefore(end);
        boolean bInside = tb != null && tb.getInstant().isBefore(end);
        return aInside == bInside && (!aInside || ta.getInstant().equals(tb.getInstant()));
    }

    /** "30 min", "2 h", "1 h 30 min". */
    public String length(Duration d) {
        long minutes = d.toMinutes();
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }

    /** "2.5 h": totals. */
    public String hours(Duration d) {
        double hours = d.toMinutes() / 60.0;
        return (hours == Math.rint(hours) ? String.valueOf((long) hours) : String.format(locale, "%.1f", hours)) + " h";
    }
}
