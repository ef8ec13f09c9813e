package org.conferenceplanner.importer.frabjson;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as schedule JSON writes them: frab's clock form ({@code 00:45}, {@code 1:30},
 * {@code 01:30:00}, even {@code 55:23} hours) and ISO 8601 ({@code PT1H30M}, schedule v2).
 */
final class FrabDuration {

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,4}):([0-5]?\\d)(?::([0-5]?\\d))?");

    private FrabDuration() {
    }

    /** The duration, or empty when the text is none of the known forms or is negative. */
    static Optional<Duration> parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = CLOCK.matcher(t);
        if (m.matches()) {
            long seconds = Long.parseLong(m.group(1)) * 3600 + Long.parseLong(m.group(2)) * 60
                    + (m.group(3) == null ? 0 : Long.parseLong(m.group(3)));
            return Optional.of(Duration.ofSeconds(seconds));
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
}
