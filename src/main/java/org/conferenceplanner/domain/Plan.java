package org.conferenceplanner.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An attendee's plan for one conference: the picked sessions in the order they were picked, and what
 * was last exported to a calendar for each session id (including sessions no longer picked, so their
 * calendar entries can be cancelled). Immutable: every change returns a new plan.
 */
public record Plan(String conferenceId, List<PlanEntry> entries, Map<String, ExportedState> exports) {

    public Plan {
        Objects.requireNonNull(conferenceId, "conferenceId");
        entries = List.copyOf(entries);
        exports = Map.copyOf(exports);
        if (entries.stream().map(PlanEntry::sessionId).distinct().count() != entries.size()) {
            throw new IllegalArgumentException("a session is picked twice in plan " + conferenceId);
        }
    }

    public static Plan empty(String conferenceId) {
        return new Plan(conferenceId, List.of(), Map.of());
    }

    public boolean contains(String sessionId) {
        return entry(sessionId).isPresent();
    }

    public Optional<PlanEntry> entry(String sessionId) {
        return entries.stream().filter(e -> e.sessionId().equals(sessionId)).findFirst();
    }

    /** Adds the entry, or replaces the one with the same session id in place. */
    public Plan with(PlanEntry entry) {
        List<PlanEntry> list = new java.util.ArrayList<>(entries);
        int at = indexOf(entry.sessionId());
        if (at >= 0) {
            list.set(at, entry);
        } else {
            list.add(entry);
        }
        return new Plan(conferenceId, list, exports);
    }

    public Plan without(String sessionId) {
        return new Plan(conferenceId, entries.stream().filter(e -> !e.sessionId().equals(sessionId)).toList(), exports);
    }

    public Plan withExport(String sessionId, ExportedState state) {
        Map<String, ExportedState> map = new LinkedHashMap<>(exports);
        map.put(sessionId, state);
        return new Plan(conferenceId, entries, map);
    }

    public Plan withExports(Map<String, ExportedState> newExports) {
        return new Plan(conferenceId, entries, newExports);
    }

    public Plan withEntries(List<PlanEntry> newEntries) {
        return new Plan(conferenceId, newEntries, exports);
    }

    private int indexOf(String sessionId) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).sessionId().equals(sessionId)) {
                return i;
            }
        }
        return -1;
    }
}
