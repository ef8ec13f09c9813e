package org.conferenceplanner.importer.sctext;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of SC program text: day headings ({@code Wednesday, November 14, 2012}) and the schedule
 * header's range ({@code SCHEDULE: NOV 10-16, 2012}). English month and weekday names, as SC wrote them.
 */
final class ScDates {

    /** A heading that matched the shape; {@code date} is empty when the date does not exist (February 30). */
    record Heading(Optional<LocalDate> date, Optional<DayOfWeek> weekday, String text) {
        boolean weekdayMatches() {
            return weekday.isEmpty() || date.isEmpty() || date.get().getDayOfWeek() == weekday.get();
        }
    }

    /** The days a schedule header declares, first to last. */
    record DayRange(LocalDate first, LocalDate last) {
    }

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern HEADING = Pattern.compile(
            "^(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile(
            "^" + MONTH + "\\s+(\\d{1,2})\\s*(?:-|–|to)\\s*(?:" + MONTH + "\\s+)?(\\d{1,2}),?\\s+(\\d{4})$",
            Pattern.CASE_INSENSITIVE);

    private ScDates() {
    }

    static Optional<Heading> heading(String line) {
        Matcher m = HEADING.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<DayOfWeek> weekday = Optional.ofNullable(m.group(1))
                .map(w -> DayOfWeek.valueOf(w.toUpperCase(Locale.ROOT)));
        return Optional.of(new Heading(date(m.group(4), m.group(2), m.group(3)), weekday, line.strip()));
    }

    /** The first and last day of "NOV 10-16, 2012" or "Oct 30 - Nov 2, 2012"; empty when not such a range. */
    static Optional<DayRange> range(String text) {
        Matcher m = RANGE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String endMonth = m.group(3) == null ? m.group(1) : m.group(3);
        Optional<LocalDate> first = date(m.group(5), m.group(1), m.group(2));
        Optional<LocalDate> last = date(m.group(5), endMonth, m.group(4));
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DayRange(first.get(), last.get()));
    }

    static String weekdayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
    }
}
