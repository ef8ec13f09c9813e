package org.conferenceplanner.importer.ical;

import java.time.ZoneId;

/**
 * The conference zone of a calendar file and where it came from.
 *
 * @param zone    the zone every time is shown in, and floating times are read in
 * @param source  how it was found, for messages, e.g. "X-WR-TIMEZONE Europe/Brussels"
 * @param guessed true when the file does not state it (a problem says so)
 */
record ZoneChoice(ZoneId zone, String source, boolean guessed) {
}
