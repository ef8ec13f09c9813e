package org.conferenceplanner.importer.frabjson;

/**
 * One element of {@code conference.days} as written: texts only, read in any key order and
 * interpreted once the whole file (and so the time zone) is known. Not thread-safe.
 */
final class DayEntry {

    final int position;
    final String path;
    final int line;
    String dateText = "";
    String startText = "";
    String endText = "";

    DayEntry(int position, String path, int line) {
        this.position = position;
        this.path = path;
        this.line = line;
    }
}
