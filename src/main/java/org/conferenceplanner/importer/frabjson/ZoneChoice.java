package org.conferenceplanner.importer.frabjson;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;

/**
 * The conference time zone: {@code time_zone_name} when it names a real zone, else a fixed
 * offset guessed from the times in the file (event times first, day boundaries when there are no
 * events), reported as a guess. Stateless.
 */
final class ZoneChoice {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private ZoneChoice() {
    }

    /** The zone a time_zone_name names, or null when it names none this Java knows. */
    static ZoneId named(String zoneName) {
        try {
            return zoneName.isEmpty() ? null : ZoneId.of(zoneName);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static ZoneId choose(String file, String zoneName, Map<ZoneOffset, Integer> eventOffsets,
            Map<ZoneOffset, Integer> dayOffsets, List<Problem> problems) {
        Location where = Location.path(file, "schedule.conference.time_zone_name");
        String why = "the schedule names no time zone (time_zone_name)";
        if (!zoneName.isEmpty()) {
            try {
                return ZoneId.of(zoneName);
            } catch (DateTimeException e) {
                why = "time zone \"" + EventReader.shorten(zoneName) + "\" is not a known zone name";
            }
        }
        Map<ZoneOffset, Integer> offsets = eventOffsets.isEmpty() ? dayOffsets : eventOffsets;
        if (offsets.isEmpty()) {
            problems.add(Problem.warning(where, why + " and no time in it carries a UTC offset; times are shown in UTC"));
            return UTC;
        }
        ZoneOffset best = offsets.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        if (offsets.size() == 1) {
            problems.add(Problem.info(where, why + "; its times all carry " + label(best)
                    + ", so the program is shown in " + label(best) + " (a guess: daylight-saving changes are unknown)"));
        } else {
            String seen = offsets.entrySet().stream().map(e -> label(e.getKey()) + " ×" + e.getValue())
                    .collect(Collectors.joining(", "));
            problems.add(Problem.warning(where, why + "; its times carry several UTC offsets (" + seen
                    + "), so the program is shown in the most common, " + label(best) + " (a guess)"));
        }
        return best.equals(ZoneOffset.UTC) ? UTC : best;
    }

    private static String label(ZoneOffset offset) {
        return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
    }
}
