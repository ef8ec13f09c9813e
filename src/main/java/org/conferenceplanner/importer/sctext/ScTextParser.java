package org.conferenceplanner.importer.sctext;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;

/**
 * Splits SC program text into header values, day headings and event blocks, line by line.
 *
 * <p>An event starts at a title line: a plain line whose next non-blank line is {@code SESSION:},
 * {@code EVENT TYPE:} or {@code TIME:}. Lines before the first event that are not header labels are
 * page prose and are skipped, as are the "Click here to ..." calendar links. Inside an abstract
 * only a "... Details:" label, a day heading, a calendar link or the next title ends it, so an abstract
 * may itself contain "Note:"-style lines. Not thread-safe; one per parse.
 */
final class ScTextParser {

    private static final int MAX_SCHEDULE_DAYS = 31;

    private final String file;
    private final List<Problem> problems;
    private final ScDocument document = new ScDocument();
    private ScEventBlock block;
    private LocalDate currentDate;

    ScTextParser(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    ScDocument parse(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            readLine(lines, i);
        }
        close();
        return document;
    }

    private void readLine(List<String> lines, int index) {
        String line = lines.get(index).strip();
        int number = index + 1;
        if (line.isEmpty()) {
            if (block != null && block.part() == ScEventBlock.Part.ABSTRACT) {
                block.addAbstractLine("");
            }
            return;
        }
        if (line.toLowerCase(Locale.ROOT).startsWith("click here to")) {
            endParts();
            return;
        }
        Optional<ScDates.Heading> heading = ScDates.heading(line);
        if (heading.isPresent()) {
            dayHeading(heading.get(), number);
            return;
        }
        Optional<ScLabel.Line> label = ScLabel.parse(line);
        boolean inAbstract = block != null && block.part() == ScEventBlock.Part.ABSTRACT;
        if (label.isPresent() && (!inAbstract || label.get().label() == ScLabel.DETAILS)) {
            if (labelLine(label.get(), number)) {
                return;
            }
        }
        if (startsEvent(lines, index)) {
            close();
            block = new ScEventBlock(number, line, currentDate);
            return;
        }
        plainLine(line, number);
    }

    private void plainLine(String line, int number) {
        if (block == null) {
            return; // prose of the page above the first event
        }
        switch (block.part()) {
            case ABSTRACT -> block.addAbstractLine(line);
            case DETAILS -> block.addDetails(line);
            default -> warn(number, "line not understood, left out: \"" + shorten(line) + "\"");
        }
    }

    /** Handles a label line; false when the label means nothing here and the line is plain text. */
    private boolean labelLine(ScLabel.Line l, int number) {
        if (l.label().isHeader()) {
            if (block != null) {
                return false;
            }
            header(l, number);
            return true;
        }
        if (l.label().startsBlock() && (block == null || block.part() != ScEventBlock.Part.LABELS || block.has(l.label()))) {
            close();
            warn(number, "an event starts here without a title line; it is kept untitled");
            block = new ScEventBlock(number, "", currentDate);
        }
        if (block == null) {
            warn(number, l.label().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " line outside any event, left out");
            return true;
        }
        switch (l.label()) {
            case PEOPLE -> block.addPeople(l.value(), l.role());
            case URL -> block.addUrl(l.value());
            case ABSTRACT -> {
                block.part(ScEventBlock.Part.ABSTRACT);
                block.addAbstractLine(l.value());
                return true;
            }
            case DETAILS -> {
                block.part(ScEventBlock.Part.DETAILS);
                block.detailsRole(l.role());
                return true;
            }
            default -> {
                String kept = block.set(l.label(), l.value(), number);
                if (kept != null) {
                    warn(number, "a second " + labelName(l.label()) + " line (\"" + shorten(l.value()) + "\") in \""
                            + block.title() + "\"; the first (\"" + shorten(kept) + "\") is kept");
                }
            }
        }
        block.part(ScEventBlock.Part.LABELS);
        return true;
    }

    private void header(ScLabel.Line l, int number) {
        document.header(l.label(), l.value(), number);
        if (l.label() != ScLabel.SCHEDULE) {
            return;
        }
        Optional<ScDates.DayRange> range = ScDates.range(l.value());
        if (range.isEmpty()) {
            if (!l.value().isEmpty()) {
                warn(number, "SCHEDULE dates \"" + shorten(l.value()) + "\" are not a range like \"NOV 10-16, 2012\"; ignored");
            }
            return;
        }
        long days = ChronoUnit.DAYS.between(range.get().first(), range.get().last()) + 1;
        if (days < 1 || days > MAX_SCHEDULE_DAYS) {
            warn(number, "SCHEDULE dates \"" + shorten(l.value()) + "\" span " + days + " days; ignored");
            return;
        }
        document.scheduleRange(range.get());
    }

    private void dayHeading(ScDates.Heading heading, int number) {
        close();
        currentDate = heading.date().orElse(null);
        if (currentDate == null) {
            warn(number, "\"" + heading.text() + "\" is not a date; the events below it have no date");
            return;
        }
        if (!heading.weekdayMatches()) {
            warn(number, "\"" + heading.text() + "\": " + currentDate + " is a "
                    + ScDates.weekdayName(currentDate.getDayOfWeek()) + "; the date is used");
        }
        ScDates.DayRange range = document.scheduleRange();
        if (range != null && (currentDate.isBefore(range.first()) || currentDate.isAfter(range.last()))) {
            warn(number, currentDate + " is outside the SCHEDULE dates " + range.first() + " to " + range.last());
        }
        document.declareDay(currentDate);
    }

    private boolean startsEvent(List<String> lines, int index) {
        for (int j = index + 1; j < lines.size(); j++) {
            String next = lines.get(j).strip();
            if (!next.isEmpty()) {
                return ScLabel.parse(next).map(l -> l.label().startsBlock()).orElse(false);
            }
        }
        return false;
    }

    private void endParts() {
        if (block != null) {
            block.part(ScEventBlock.Part.ENDED);
        }
    }

    private void close() {
        if (block != null) {
            document.add(block);
            block = null;
        }
    }

    private void warn(int line, String message) {
        problems.add(Problem.warning(Location.line(file, line), message));
    }

    static String labelName(ScLabel label) {
        return label.name().replace('_', ' ') + ":";
    }

    static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
