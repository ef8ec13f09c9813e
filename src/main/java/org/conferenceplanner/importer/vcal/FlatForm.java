package org.conferenceplanner.importer.vcal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SC12's per-event calendar pages were saved with every line joined by a single space, so a whole
 * VCALENDAR sits on one line. This splits such lines back into properties: before each space that is
 * followed by a known vCalendar property name in upper case and then ';' or ':'. Only known names split,
 * so a text value's "ABSTRACT:" or "Note:" stays in the text; a value that itself contains, say,
 * " LOCATION:" in capitals would be split wrongly, which no SC12 file does. Stateless.
 */
final class FlatForm {

    private static final String NAMES = "BEGIN|END|VERSION|PRODID|TZ|DAYLIGHT|GEO|DTSTART|DTEND|DUE|COMPLETED|LOCATION"
            + "|DESCRIPTION|SUMMARY|PRIORITY|UID|CATEGORIES|CLASS|STATUS|URL|ATTENDEE|ORGANIZER|DCREATED|CREATED"
            + "|LAST-MODIFIED|RRULE|EXRULE|RDATE|EXDATE|AALARM|DALARM|MALARM|PALARM|RESOURCES|RELATED-TO|SEQUENCE"
            + "|TRANSP|ATTACH|RNUM|X-[A-Z0-9-]+";
    private static final Pattern BOUNDARY = Pattern.compile(" (?=(?:" + NAMES + ")[;:])");
    private static final Pattern JOINED_BLOCK = Pattern.compile(" (?:BEGIN|END):V(?:CALENDAR|EVENT|TODO)");

    /** The lines to read and whether the file was in the flat form. */
    record Split(List<VcsLine> lines, boolean flat) {
    }

    private FlatForm() {
    }

    static Split split(String text) {
        String[] physical = text.split("\r\n|\r|\n", -1);
        boolean flat = false;
        for (String p : physical) {
            if (JOINED_BLOCK.matcher(p).find()) {
                flat = true;
                break;
            }
        }
        List<VcsLine> lines = new ArrayList<>(physical.length);
        for (int i = 0; i < physical.length; i++) {
            if (flat && JOINED_BLOCK.matcher(physical[i]).find()) {
                for (String part : BOUNDARY.split(physical[i])) {
                    lines.add(new VcsLine(i + 1, part));
                }
            } else {
                lines.add(new VcsLine(i + 1, physical[i]));
            }
        }
        return new Split(lines, flat);
    }
}
