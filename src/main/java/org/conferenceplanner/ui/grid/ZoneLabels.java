package org.conferenceplanner.ui.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The texts of the time axes. Every clock label is computed from its instant in its zone, never by
 * adding an offset to another label, so two axes stay right across a DST change in either zone.
 * Immutable; one per locale.
 */
public final class ZoneLabels {

    private static final String DASH = " \u2014 ";

    private final DateTimeFormatter clock;
    private final DateTimeFormatter shortZone;
    private final DateTimeFormatter date;

    public ZoneLabels(Locale locale) {
        clock = DateTimeFormatter.ofPattern("HH:mm", locale);
        shortZone = DateTimeFormatter.ofPattern("zzz", locale);
        date = DateTimeFormatter.ofPattern("EEE d MMM", locale);
    }

    /** "HH:mm" of {@code t} in {@code zone}: after midnight this reads 00:00, 01:00 ... */
    public String clock(Instant t, ZoneId zone) {
        return clock.format(t.atZone(zone));
    }

    /** "Wed 14 Nov" for a conference day. */
    public String date(LocalDate day) {
        return date.format(day);
    }

    /** The zone's short name at {@code t}, e.g. MST in November and MDT in July for America/Denver. */
    public String shortName(ZoneId zone, Instant t) {
        return shortZone.format(t.atZone(zone));
    }

    /**
     * The axis title, e.g. "MST — America/Denver": the short name during the range and the region id.
     * When the zone changes its offset inside the range both names are given ("CET/CEST — Europe/Brussels");
     * a zone whose short name is its id is named once.
     */
    public String axisTitle(ZoneId zone, Instant from, Instant to) {
        String first = shortName(zone, from);
        String last = shortName(zone, to.minusSeconds(1));
        String names = first.equals(last) ? first : first + "/" + last;
        String id = zone.getId();
        return names.equals(id) ? id : names + DASH + id;
    }
}
