package org.conferenceplanner.importer.frabxml;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;

/**
 * Picks the conference time zone: {@code <time_zone_name>} when the file has a valid one; otherwise
 * the zone of {@code <city>} when it agrees with every event's UTC offset; otherwise the offset the
 * events carry; otherwise the city's zone alone; otherwise UTC. Every choice not named by the file is
 * reported. The instants of events with offsets are right whatever is chosen; only the clock the app
 * shows them on depends on the guess. Stateless.
 */
final class ZoneChooser {

    private ZoneChooser() {
    }

    static ZoneId choose(ConferenceHeader header, List<RawEvent> events, String file, List<Problem> problems) {
        Location where = Location.path(file, "schedule/conference");
        String name = header.timeZoneName();
        if (!name.isEmpty()) {
            try {
                return ZoneId.of(name);
            } catch (DateTimeException e) {
                problems.add(Problem.warning(where, "the time zone \"" + name + "\" is not a known zone name; ignored"));
            }
        }
        ZoneId cityZone = zoneOfCity(header.city());
        Map<ZoneOffset, Integer> offsets = new LinkedHashMap<>();
        boolean cityAgrees = cityZone != null;
        for (RawEvent e : events) {
            OffsetDateTime t = e.date().isEmpty() ? null : FrabTimes.dateTime(e.date(), ZoneOffset.UTC);
            if (t != null && hasOffset(e.date())) {
                offsets.merge(t.getOffset(), 1, Integer::sum);
                cityAgrees = cityAgrees && cityZone.getRules().getOffset(t.toInstant()).equals(t.getOffset());
            }
        }
        if (!offsets.isEmpty()) {
            if (cityAgrees) {
                problems.add(Problem.info(where, "no time zone name in the file; using " + cityZone.getId()
                        + ", the zone of the city \"" + header.city() + "\", which matches the UTC offset of every event"));
                return cityZone;
            }
            ZoneOffset common = mostCommon(offsets);
            if (offsets.size() == 1) {
                problems.add(Problem.info(where, "no time zone name in the file; every event is at UTC offset "
                        + common.getId() + ", so times are shown at " + common.getId()));
            } else {
                problems.add(Problem.warning(where, "no time zone name in the file and the events carry several UTC offsets "
                        + new TreeSet<>(offsets.keySet()) + "; times are exact but shown at the most common one, " + common.getId()));
            }
            return common;
        }
        if (cityZone != null) {
            problems.add(Problem.warning(where, "no time zone in the file; guessed " + cityZone.getId()
                    + " from the city \"" + header.city() + "\""));
            return cityZone;
        }
        problems.add(Problem.warning(where, "no time zone and no UTC offsets in the file; times are read as UTC"));
        return ZoneOffset.UTC;
    }

    /** A region zone whose city part matches ("Brussels" → Europe/Brussels, "New York" → America/New_York), or null. */
    static ZoneId zoneOfCity(String city) {
        if (city.isBlank()) {
            return null;
        }
        String wanted = city.split(",", 2)[0].strip().replace(' ', '_').toLowerCase(Locale.ROOT);
        String found = null;
        for (String id : ZoneId.getAvailableZoneIds()) {
            int slash = id.lastIndexOf('/');
            if (slash > 0 && id.substring(slash + 1).toLowerCase(Locale.ROOT).equals(wanted)
                    && (found == null || id.compareTo(found) < 0)) {
                found = id;
            }
        }
        return found == null ? null : ZoneId.of(found);
    }

    private static boolean hasOffset(String dateTime) {
        int t = dateTime.indexOf('T') >= 0 ? dateTime.indexOf('T') : 10;
        for (int i = t; i < dateTime.length(); i++) {
            char c = dateTime.charAt(i);
            if (c == '+' || c == '-' || c == 'Z' || c == 'z') {
                return true;
            }
        }
        return false;
    }

    private static ZoneOffset mostCommon(Map<ZoneOffset, Integer> counts) {
        ZoneOffset best = null;
        int bestCount = -1;
        for (Map.Entry<ZoneOffset, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
