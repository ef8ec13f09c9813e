package org.conferenceplanner.export;

import java.util.OptionalInt;

/**
 * The user's export settings.
 *
 * @param alarmMinutes a reminder this many minutes before each session, or empty for none; 0 means at the start
 * @param calendarName the name a calendar shows for the imported file ("SC12 plan"), may be empty
 */
public record ExportOptions(OptionalInt alarmMinutes, String calendarName) {

    /** A week: longer reminders are surely a typo, and calendars cap them anyway. */
    public static final int MAX_ALARM_MINUTES = 7 * 24 * 60;

    public ExportOptions {
        if (alarmMinutes.isPresent() && (alarmMinutes.getAsInt() < 0 || alarmMinutes.getAsInt() > MAX_ALARM_MINUTES)) {
            throw new IllegalArgumentException("a reminder must be between 0 and " + MAX_ALARM_MINUTES
                    + " minutes before the session, not " + alarmMinutes.getAsInt());
        }
        calendarName = calendarName == null ? "" : calendarName.strip();
    }

    public static ExportOptions defaults() {
        return new ExportOptions(OptionalInt.empty(), "");
    }

    public ExportOptions withAlarm(int minutesBefore) {
        return new ExportOptions(OptionalInt.of(minutesBefore), calendarName);
    }

    public ExportOptions withCalendarName(String name) {
        return new ExportOptions(alarmMinutes, name);
    }
}
