package org.conferenceplanner.importer.ical;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the conference zone of an iCalendar file, most trusted first: the TZID most events' DTSTART
 * names, X-WR-TIMEZONE, the file's VTIMEZONE, the non-standard TZID property some generators put in
 * each VEVENT ("Europe-Brussels"), the offset of a zone only the file defines, and else UTC. Stateless.
 */
final class IcsZones {

    private static final Pattern TZID_PARAMETER = Pattern.compile("(?i)(?:^|;)TZID=(\"[^\"]*\"|[^;:]*)");

    private IcsZones() {
    }

    /**
     * @param offsetOfUnknownZone the UTC offset of a start in a zone that only the file's own VTIMEZONE
     *                            defines, if there is such a start
     */
    static ZoneChoice choose(RepairedIcs ics, Optional<ZoneOffset> offsetOfUnknownZone) {
        Optional<String> named = mostCommonStartTzid(ics);
        if (named.isPresent()) {
            Optional<ZoneId> zone = ZoneNames.resolve(named.get());
            if (zone.isPresent()) {
                return new ZoneChoice(zone.get(), "TZID " + named.get(), false);
            }
        }
        String wrTimezone = ics.calendarText("X-WR-TIMEZONE");
        Optional<ZoneId> wr = ZoneNames.resolve(wrTimezone);
        if (wr.isPresent()) {
            return new ZoneChoice(wr.get(), "X-WR-TIMEZONE " + wrTimezone, false);
        }
        for (String block : ics.timezones()) {
            Matcher m = Pattern.compile("(?m)^TZID[^:]*:(.*)$").matcher(block.replace("\r", ""));
            if (m.find()) {
                Optional<ZoneId> zone = ZoneNames.resolve(IcsText.unescape(m.group(1)));
                if (zone.isPresent()) {
                    return new ZoneChoice(zone.get(), "VTIMEZONE " + m.group(1).strip(), false);
                }
            }
        }
        Optional<ZoneChoice> fromProperty = fromTzidProperty(ics);
        if (fromProperty.isPresent()) {
            return fromProperty.get();
        }
        if (offsetOfUnknownZone.isPresent()) {
            return new ZoneChoice(offsetOfUnknownZone.get(), "the UTC offset of " + named.orElse("the file's own time zone")
                    + ", a zone only the file defines", true);
        }
        return new ZoneChoice(ZoneId.of("UTC"), "the file names no time zone", true);
    }

    /** The TZID parameter most DTSTARTs carry, raw (quotes removed). */
    static Optional<String> mostCommonStartTzid(RepairedIcs ics) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RawEvent e : ics.events()) {
            e.first("DTSTART").map(IcsZones::tzidOf).filter(t -> !t.isEmpty()).ifPresent(t -> counts.merge(t, 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    static String tzidOf(IcsLine line) {
        Matcher m = TZID_PARAMETER.matcher(line.rawParameters());
        return m.find() ? m.group(1).replace("\"", "").strip() : "";
    }

    /** "TZID:Europe-Brussels" inside a VEVENT is no iCalendar property, but it says what the writer meant. */
    private static Optional<ZoneChoice> fromTzidProperty(RepairedIcs ics) {
        for (RawEvent e : ics.events()) {
            String value = e.text("TZID");
            if (!value.isEmpty()) {
                Optional<ZoneId> zone = ZoneNames.resolve(value).or(() -> ZoneNames.resolve(value.replaceFirst("-", "/")));
                if (zone.isPresent()) {
                    return Optional.of(new ZoneChoice(zone.get(), "the non-standard TZID property \"" + value + "\" inside the events", true));
                }
            }
        }
        return Optional.empty();
    }
}
