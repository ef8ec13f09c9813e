package org.conferenceplanner.importer.frabxml;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.conferenceplanner.importer.IsoDateTimes;

/**
 * The time notations of schedule files: durations such as {@code 00:30}, {@code 2:00},
 * {@code 00:30:00}, {@code 55:23} (hours may exceed 24) and ISO {@code PT1H30M}; clock times such as
 * {@code 9:00} and {@code 09:00:00}; date-times with or without an offset. Each returns null for text
 * it cannot read, so the caller can name the event. Stateless.
 */
final class FrabTimes {

    private FrabTimes() {
    }

    /** A duration, or null when unreadable or negative. */
    static Duration duration(String text) {
        if (text.startsWith("P") || text.startsWith("p")) {
            try {
                Duration d = Duration.parse(text);
                return d.isNegative() ? null : d;
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        int[] parts = numbers(text);
        if (parts == null || parts.length < 2 || parts.length > 3 || parts[1] > 59
                || (parts.length == 3 && parts[2] > 59)) {
            return null;
        }
        return Duration.ofHours(parts[0]).plusMinutes(parts[1]).plusSeconds(parts.length == 3 ? parts[2] : 0);
    }

    /** A clock time such as {@code 9:00} or {@code 23:59:00}, or null. */
    static LocalTime clock(String text) {
        int[] parts = numbers(text);
        if (parts == null || parts.length < 2 || parts.length > 3) {
            return null;
        }
        try {
            return LocalTime.of(parts[0], parts[1], parts.length == 3 ? parts[2] : 0);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A date-time: ISO with offset ({@code 2024-12-27T10:30:00+01:00}), or without one, then read in
     * {@code zone}. A space instead of the {@code T} is accepted. Null when unreadable or impossible.
     */
    static OffsetDateTime dateTime(String text, ZoneId zone) {
        OffsetDateTime common = IsoDateTimes.parseCommonForm(text);
        if (common != null) {
            return common;
        }
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(iso).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    /** Colon-separated non-negative numbers ("55:23" → [55, 23]), or null. */
    private static int[] numbers(String text) {
        if (text.isEmpty() || text.length() > 12) {
            return null;
        }
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                count++;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        int[] parts = new int[count];
        int part = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                if (digits == 0) {
                    return null;
                }
                part++;
                digits = 0;
            } else {
                parts[part] = parts[part] * 10 + (c - '0');
                digits++;
            }
        }
        return digits == 0 ? null : parts;
    }
}
