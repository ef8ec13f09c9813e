package org.conferenceplanner.importer.sctext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the parser found in one SC program text: the header values (with their lines), the dates the
 * file declares, and the event blocks in file order. Mutable while the parser fills it.
 */
final class ScDocument {

    private final Map<ScLabel, String> header = new EnumMap<>(ScLabel.class);
    private final Map<ScLabel, Integer> headerLines = new EnumMap<>(ScLabel.class);
    private final TreeSet<LocalDate> declaredDays = new TreeSet<>();
    private final List<ScEventBlock> blocks = new ArrayList<>();
    private ScDates.DayRange scheduleRange;
    private Integer firstHeadingYear;

    void header(ScLabel label, String value, int line) {
        header.putIfAbsent(label, value);
        headerLines.putIfAbsent(label, line);
    }

    String header(ScLabel label) {
        return header.getOrDefault(label, "");
    }

    int headerLine(ScLabel label) {
        return headerLines.getOrDefault(label, 0);
    }

    void scheduleRange(ScDates.DayRange range) {
        scheduleRange = range;
        for (LocalDate d = range.first(); !d.isAfter(range.last()); d = d.plusDays(1)) {
            declaredDays.add(d);
        }
    }

    ScDates.DayRange scheduleRange() {
        return scheduleRange;
    }

    void declareDay(LocalDate day) {
        declaredDays.add(day);
        if (firstHeadingYear == null) {
            firstHeadingYear = day.getYear();
        }
    }

    List<LocalDate> declaredDays() {
        return List.copyOf(declaredDays);
    }

    /** The conference year: from the schedule header, else from the first day heading; null when neither. */
    Integer year() {
        return scheduleRange != null ? Integer.valueOf(scheduleRange.first().getYear()) : firstHeadingYear;
    }

    void add(ScEventBlock block) {
        blocks.add(block);
    }

    List<ScEventBlock> blocks() {
        return blocks;
    }

    boolean hasBlocks() {
        return !blocks.isEmpty();
    }
}
