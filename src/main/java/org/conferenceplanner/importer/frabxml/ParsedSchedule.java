package org.conferenceplanner.importer.frabxml;

import java.time.LocalDate;
import java.util.List;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;

/**
 * The result of the one streaming pass over a schedule file: everything read up to the end of the
 * file or up to the point where the XML broke.
 *
 * @param days          the readable {@code <day date>} values, in document order
 * @param rooms         distinct room names in document order (rooms without events included)
 * @param refusals      events met but not readable (cut off by a break, or outside any day)
 * @param fatal         the problem that ended the pass early (a break in the XML, a refused DOCTYPE, a
 *                      root that is not {@code <schedule>}), null when the whole file was read
 * @param breakLine     the line where the XML broke after the root was read, 0 when it did not
 * @param seenOnBreakLine events whose start tag the parser saw on the break line (so a later count of
 *                      the unread rest does not count them twice)
 * @param rootFound     a {@code <schedule>} root element was read
 * @param problems      everything noticed, in order
 */
record ParsedSchedule(
        ConferenceHeader header,
        List<LocalDate> days,
        List<String> rooms,
        List<RawEvent> events,
        List<Refusal> refusals,
        Problem fatal,
        int breakLine,
        int seenOnBreakLine,
        boolean rootFound,
        List<Problem> problems) {

    /** An event that was seen but could not be read, and why (the message names it). */
    record Refusal(Location where, String message) {
    }

    boolean brokeOff() {
        return breakLine > 0;
    }
}
