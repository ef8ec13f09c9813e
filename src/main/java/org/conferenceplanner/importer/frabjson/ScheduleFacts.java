package org.conferenceplanner.importer.frabjson;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the streaming pass found, before interpretation. JSON objects have no key order, so the
 * time zone, days and room list may come after the events; everything that depends on them waits
 * here; the {@link ConferenceAssembler} finishes events early only when what they need is read. One per
 * import, not thread-safe.
 */
final class ScheduleFacts {

    boolean scheduleFound;
    String version = "";
    String baseUrl = "";
    String acronym = "";
    String title = "";
    String zoneName = "";
    String venue = "";
    String city = "";

    final List<DayEntry> days = new ArrayList<>();
    /** Room keys of {@code days[].rooms{}}, in order of first appearance. */
    final Set<String> listedRooms = new LinkedHashSet<>();
    /** Rooms of a declared room list ({@code conference.rooms[]}), in order. */
    final Set<String> declaredRooms = new LinkedHashSet<>();
    final Map<String, String> roomNamesByGuid = new HashMap<>();
    final Map<String, String> trackNamesBySlug = new HashMap<>();
    /** How often each UTC offset occurs in event times: the evidence for a zone when none is named. */
    final Map<ZoneOffset, Integer> eventOffsets = new LinkedHashMap<>();

    DayEntry addDay(String path, int line) {
        DayEntry day = new DayEntry(days.size(), path, line);
        days.add(day);
        return day;
    }

    void noteEventOffset(ZoneOffset offset) {
        eventOffsets.merge(offset, 1, Integer::sum);
    }
}
