package org.conferenceplanner.importer;

import java.util.HashMap;
import java.util.Map;
import org.conferenceplanner.domain.Session;

/**
 * One instance of each room, track, event type and language text per import. Every session of a
 * big program names one of a few dozen rooms and types, but a parser makes a new string for each;
 * sharing them keeps about 200 bytes less per session for as long as the program is open (10 MB at
 * 50,000 sessions) and gives the garbage collector less to copy while the import runs.
 * Not thread-safe; one per import.
 */
final class RepeatedTexts {

    private final Map<String, String> shared = new HashMap<>();

    /** The session with its repeated texts shared with earlier sessions; the same session when nothing changes. */
    Session share(Session s) {
        String room = of(s.room());
        String track = of(s.track());
        String type = of(s.eventType());
        String language = of(s.language());
        if (room == s.room() && track == s.track() && type == s.eventType() && language == s.language()) {
            return s;
        }
        return s.toBuilder().room(room).track(track).eventType(type).language(language).build();
    }

    String of(String text) {
        String first = shared.putIfAbsent(text, text);
        return first == null ? text : first;
    }
}
