package org.conferenceplanner.importer.frabjson;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Durations as schedule JSON writes them: frab's clock form ({@code 00:45}, {@code 1:30},
 * {@code 01:30:00}, even {@code 55:23} hours) and ISO 8601 ({@code PT1H30M}, schedule v2).
 */
final class FrabDuration {

    private FrabDuration() {
    }

    /** The duration, or empty when the text is none of the known forms or is negative. */
    static Optional<Duration> parse(String text) {
        String t = text == null ? "" : text.strip();
        Duration clock = clock(t);
        if (clock != null) {
            return Optional.of(clock);
        }
        if (t.length() > 1 && (t.charAt(0) == 'P' || t.charAt(0) == 'p')) {
            try {
                Duration d = Duration.parse(t);
                return d.isNegative() ? Optional.empty() : Optional.of(d);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** {@code H:MM}, {@code HH:MM}, {@code HHHH:MM} with optional {@code :SS}; null for anything else. */
    private static Duration clock(String t) {
        int first = t.indexOf(':');
        if (first < 1 || first > 4) {
            return null;
        }
        int second = t.indexOf(':', first + 1);
        int minutesEnd = second < 0 ? t.length() : second;
        long hours = number(t, 0, first);
        long minutes = number(t, first + 1, minutesEnd);
        long seconds = second < 0 ? 0 : number(t, second + 1, t.length());
        if (hours < 0 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) {
            return null;
        }
        return Duration.ofSeconds(hours * 3600 + minutes * 60 + seconds);
    }

    /** The one- or two-digit (hours: up to four-digit) number between two positions, or -1. */
    private static long number(String t, int from, int to) {
        if (to <= from || to - from > 4 || (from > 0 && to - from > 2)) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
