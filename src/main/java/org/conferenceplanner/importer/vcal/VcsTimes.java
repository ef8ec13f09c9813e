package org.conferenceplanner.importer.vcal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * vCalendar 1.0 date-times, read strictly so that an impossible value such as
 * {@code 20121345T250000Z} is reported rather than rolled over into another date. Stateless.
 */
final class VcsTimes {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{1,2})(?::?(\\d{2}))?");

    /** A date-time value: UTC, local to the file's TZ, a date alone, or not a possible value. */
    sealed interface Value {
    }

    record Utc(Instant instant) implements Value {
    }

    record Local(LocalDateTime local) implements Value {
    }

    record Day(LocalDate date) implements Value {
    }

    record Invalid(String raw) implements Value {
    }

    private VcsTimes() {
    }

    static Value parse(String raw) {
        String v = raw.strip();
        try {
            if (v.length() == 16 && (v.endsWith("Z") || v.endsWith("z"))) {
                return new Utc(LocalDateTime.parse(v.substring(0, 15), DATE_TIME).toInstant(ZoneOffset.UTC));
            }
            if (v.length() == 15) {
                return new Local(LocalDateTime.parse(v, DATE_TIME));
            }
            if (v.length() == 8) {
                return new Day(LocalDate.parse(v, DATE));
            }
        } catch (DateTimeException e) {
            return new Invalid(raw);
        }
        return new Invalid(raw);
    }

    /** "-07", "-0700", "-07:00", "+5:30" as a UTC offset; null when it is none. */
    static ZoneOffset offset(String text) {
        Matcher m = OFFSET.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            int hours = Integer.parseInt(m.group(2));
            int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            int sign = m.group(1).equals("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
