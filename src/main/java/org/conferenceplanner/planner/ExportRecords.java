package org.conferenceplanner.planner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conferenceplanner.domain.ExportedState;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.export.Uids;

/**
 * Moves a plan's export records along with its picks when a program update gives a session a new id
 * (found by guid or title) or the conference a new id (confirmed by the user). A moved record keeps the
 * UID it was written with, so the next export updates the calendar entry in place (same UID, higher
 * SEQUENCE) instead of cancelling it and adding a second one. Stateless.
 */
final class ExportRecords {

    private static final String DISPLACED = "~dropped";

    private ExportRecords() {
    }

    /**
     * @param before       the plan before reconciling
     * @param after        its entries after reconciling, in the same order (each under its new id)
     * @param conferenceId the new program's conference id
     */
    static Map<String, ExportedState> follow(Plan before, List<PlanEntry> after, String conferenceId) {
        boolean conferenceChanged = !before.conferenceId().equals(conferenceId);
        Map<String, String> moves = new LinkedHashMap<>();
        for (int i = 0; i < before.entries().size(); i++) {
            String oldId = before.entries().get(i).sessionId();
            String newId = after.get(i).sessionId();
            if (!oldId.equals(newId) && before.exports().containsKey(oldId)) {
                moves.put(oldId, newId);
            }
        }
        if (moves.isEmpty() && !conferenceChanged) {
            return before.exports();
        }
        Map<String, ExportedState> out = new LinkedHashMap<>();
        before.exports().forEach((id, state) -> {
            if (!moves.containsKey(id)) {
                out.put(id, conferenceChanged ? pinned(before.conferenceId(), id, state) : state);
            }
        });
        moves.forEach((oldId, newId) -> {
            ExportedState displaced = out.put(newId, pinned(before.conferenceId(), oldId, before.exports().get(oldId)));
            if (displaced != null) {
                // A session dropped from the plan earlier had the id the moved pick has now: keep its record too.
                String key = newId + DISPLACED;
                while (out.containsKey(key)) {
                    key += DISPLACED;
                }
                out.put(key, pinned(before.conferenceId(), newId, displaced));
            }
        });
        return out;
    }

    /** The record with its UID written down: the default one of the id it was exported under. */
    private static ExportedState pinned(String conferenceId, String sessionId, ExportedState state) {
        return state.uid().isEmpty() ? state.withUid(Uids.of(conferenceId, sessionId)) : state;
    }
}
