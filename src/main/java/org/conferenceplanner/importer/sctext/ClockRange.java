package org.conferenceplanner.importer.sctext;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local clock-time range as SC pages write it: {@code 11:00AM - 11:30AM}, {@code 8:30AM - 12:00PM},
 * {@code 12:15-1:15 p.m.}, {@code 13:30 - 17:00}. An end at or before the start means the range runs
 * past midnight.
 *
 * @param guessed true when AM/PM was missing on both sides and the afternoon was assumed for the end
 */
record ClockRange(LocalTime start, LocalTime end, boolean guessed) {

    private static final String CLOCK = "(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?:([AaPp])\\.?\\s?[Mm]\\.?)?";
    private static final Pattern RANGE = Pattern.compile("^" + CLOCK + "\\s*(?:-|–|—|to)\\s*" + CLOCK + "$");

    boolean crossesMidnight() {
        return end.isBefore(start);
    }

    /** The range, or empty when the text is not a clock-time range (including impossible times such as 25:00). */
    static Optional<ClockRange> parse(String text) {
        Matcher m = RANGE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String startMeridiem = meridiem(m.group(3));
        String endMeridiem = meridiem(m.group(6));
        int startHour = Integer.parseInt(m.group(1));
        int endHour = Integer.parseInt(m.group(4));
        int startMinute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int endMinute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        if (startMinute > 59 || endMinute > 59) {
            return Optional.empty();
        }
        if (startMeridiem == null && endMeridiem == null) {
            return twentyFourHour(startHour, startMinute, endHour, endMinute);
        }
        if ((startMeridiem != null && !isTwelveHour(startHour)) || (endMeridiem != null && !isTwelveHour(endHour))) {
            return Optional.empty();
        }
        if (startMeridiem == null) {
            // "12:15-1:15 p.m.": the start shares the end's half of the day unless that puts it after the end
            LocalTime end = at(endHour, endMinute, endMeridiem);
            LocalTime start = isTwelveHour(startHour) ? at(startHour, startMinute, endMeridiem) : null;
            if (start == null || start.isAfter(end)) {
                start = isTwelveHour(startHour) ? at(startHour, startMinute, "a") : null;
            }
            return start == null ? Optional.empty() : Optional.of(new ClockRange(start, end, false));
        }
        LocalTime start = at(startHour, startMinute, startMeridiem);
        if (endMeridiem == null) {
            if (!isTwelveHour(endHour)) {
                return Optional.empty();
            }
            LocalTime end = at(endHour, endMinute, startMeridiem);
            if (end.isBefore(start)) {
                end = at(endHour, endMinute, "p");
            }
            return Optional.of(new ClockRange(start, end, false));
        }
        return Optional.of(new ClockRange(start, at(endHour, endMinute, endMeridiem), false));
    }

    private static Optional<ClockRange> twentyFourHour(int startHour, int startMinute, int endHour, int endMinute) {
        if (startHour > 23 || endHour > 24 || (endHour == 24 && endMinute > 0)) {
            return Optional.empty();
        }
        LocalTime start = LocalTime.of(startHour, startMinute);
        LocalTime end = endHour == 24 ? LocalTime.MIDNIGHT : LocalTime.of(endHour, endMinute);
        if (startHour <= 12 && endHour < 12 && end.isBefore(start)) {
            // "8:30-5:00": a day-time session, not one that ends before dawn
            return Optional.of(new ClockRange(start, end.plusHours(12), true));
        }
        return Optional.of(new ClockRange(start, end, false));
    }

    private static boolean isTwelveHour(int hour) {
        return hour >= 1 && hour <= 12;
    }

    private static String meridiem(String letter) {
        return letter == null ? null : letter.toLowerCase(Locale.ROOT);
    }

    private static LocalTime at(int hour12, int minute, String meridiem) {
        int hour = hour12 % 12 + ("p".equals(meridiem) ? 12 : 0);
        return LocalTime.of(hour, minute);
    }
}
