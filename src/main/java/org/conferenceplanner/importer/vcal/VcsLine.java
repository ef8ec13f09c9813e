package org.conferenceplanner.importer.vcal;

/**
 * One property line of a vCalendar file as the reader sees it, after the flat form is split.
 *
 * @param line the 1-based line of the file it is on (every property of a flat file is on line 1)
 * @param text the line's text
 */
record VcsLine(int line, String text) {
}
