package org.conferenceplanner.importer;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A fast path for the one date-time form nearly every schedule writes,
 * {@code yyyy-MM-ddTHH:mm:ss+hh:mm} (or {@code Z}); a big program has tens of thousands and
 * {@link java.time.format.DateTimeFormatter} is several times slower. Anything else returns null
 * and goes to the full parser. Shared by the frab JSON and XML importers. Stateless.
 */
public final class IsoDateTimes {

    /** -18:00, -17:45 ... +18:00: every offset a zone may have in quarter hours, the only ones in use. */
    private static final ZoneOffset[] QUARTER_HOURS = new ZoneOffset[18 * 4 * 2 + 1];

    static {
        for (int i = 0; i < QUARTER_HOURS.length; i++) {
            QUARTER_HOURS[i] = ZoneOffset.ofTotalSeconds((i - QUARTER_HOURS.length / 2) * 15 * 60);
        }
    }

    private IsoDateTimes() {
    }

    public static OffsetDateTime parseCommonForm(String s) {
        int n = s.length();
        if ((n != 25 && n != 20) || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        ZoneOffset offset;
        char sign = s.charAt(19);
        if (n == 20) {
            if (sign != 'Z') {
                return null;
            }
            offset = ZoneOffset.UTC;
        } else {
            int oh = digits(s, 20, 2);
            int om = digits(s, 23, 2);
            if ((sign != '+' && sign != '-') || s.charAt(22) != ':' || (oh | om) < 0) {
                return null;
            }
            offset = offset(sign == '-' ? -oh : oh, sign == '-' ? -om : om);
            if (offset == null) {
                return null;
            }
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The offset of so many hours and minutes, or null when there is none. Quarter hours come from a
     * table: every event of a program carries one, and {@link ZoneOffset#ofHoursMinutes} looks each up
     * in a concurrent map.
     */
    private static ZoneOffset offset(int hours, int minutes) {
        if (minutes % 15 == 0 && Math.abs(minutes) < 60) {
            int quarter = (hours * 60 + minutes) / 15 + QUARTER_HOURS.length / 2;
            if (quarter >= 0 && quarter < QUARTER_HOURS.length) {
                return QUARTER_HOURS[quarter];
            }
        }
        try {
            return ZoneOffset.ofHoursMinutes(hours, minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number written by {@code count} ASCII digits at {@code from}, or -1. */
    public static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
