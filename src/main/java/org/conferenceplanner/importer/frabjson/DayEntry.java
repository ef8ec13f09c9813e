package org.conferenceplanner.importer.frabjson;

import java.time.LocalDate;

/**
 * One element of {@code conference.days} as written: texts, read in any key order and interpreted
 * once the whole file (and so the time zone) is known; its date also while the file is read. Not
 * thread-safe.
 */
final class DayEntry {

    final int position;
    final String path;
    final int line;
    String dateText = "";
    String startText = "";
    String endText = "";
    /** {@link #dateText} read as a date once, for the events finished while the file is read. */
    private String datedFrom;
    private LocalDate date;

    DayEntry(int position, String path, int line) {
        this.position = position;
        this.path = path;
        this.line = line;
    }

    /** The date {@link #dateText} names, or null; parsed once per text (each event of the day asks). */
    LocalDate date() {
        if (!dateText.equals(datedFrom)) {
            datedFrom = dateText;
            date = DayTable.date(dateText);
        }
        return date;
    }
}
