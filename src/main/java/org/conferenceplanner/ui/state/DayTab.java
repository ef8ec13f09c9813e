package org.conferenceplanner.ui.state;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One tab of the schedule: a conference day, or the "Unscheduled" list (sessions with no date).
 *
 * @param date the conference day, null for the Unscheduled tab
 */
public record DayTab(LocalDate date) {

    public static final DayTab UNSCHEDULED = new DayTab(null);

    public static DayTab of(LocalDate date) {
        return new DayTab(java.util.Objects.requireNonNull(date, "date"));
    }

    public boolean isUnscheduled() {
        return date == null;
    }

    public Optional<LocalDate> dateIfAny() {
        return Optional.ofNullable(date);
    }
}
