package org.conferenceplanner.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ExportedState;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Session;

/**
 * What one export covers.
 *
 * @param conference     the current program
 * @param sessions       sessions to write, from the current program (cancelled ones are written as cancelled)
 * @param orphans        picked sessions the current program no longer has, as last seen: written as cancelled
 *                       when they had been exported, otherwise reported
 * @param previous       what earlier exports wrote, by session id
 * @param cancelsDropped whether entries exported earlier whose session is no longer picked are written as
 *                       cancelled (a whole-plan export); false for a few chosen sessions
 * @param picked         the ids still picked: never cancelled as dropped, even when this export leaves them out
 * @param remembered     earlier versions of sessions, to find the times of a dropped session the program lost
 */
public record ExportSelection(
        Conference conference,
        List<Session> sessions,
        List<Session> orphans,
        Map<String, ExportedState> previous,
        boolean cancelsDropped,
        Set<String> picked,
        Map<String, Session> remembered) {

    public ExportSelection {
        Objects.requireNonNull(conference, "conference");
        sessions = List.copyOf(sessions);
        orphans = List.copyOf(orphans);
        previous = Map.copyOf(previous);
        picked = Set.copyOf(picked);
        remembered = Map.copyOf(remembered);
    }

    /** Chosen sessions (one from the detail pane, or several from the command line); cancels nothing else. */
    public static ExportSelection of(Conference conference, List<Session> sessions, Map<String, ExportedState> previous) {
        return new ExportSelection(conference, sessions, List.of(), previous, false, Set.of(), Map.of());
    }

    /** The whole plan: every picked session, and cancellations for what was exported and is no longer picked. */
    public static ExportSelection ofPlan(Conference conference, Plan plan) {
        return ofPlan(conference, plan, entry -> true);
    }

    /**
     * Part of the plan (must-only, one day): the picked sessions the filter accepts. Picked sessions the
     * filter leaves out are neither written nor cancelled.
     */
    public static ExportSelection ofPlan(Conference conference, Plan plan, Predicate<PlanEntry> filter) {
        List<Session> current = new ArrayList<>();
        List<Session> orphans = new ArrayList<>();
        Map<String, Session> remembered = new LinkedHashMap<>();
        Map<String, Session> program = conference.sessionsById();
        for (PlanEntry entry : plan.entries()) {
            Session lastKnown = asPicked(entry);
            remembered.put(entry.sessionId(), lastKnown);
            if (!filter.test(entry)) {
                continue;
            }
            Session now = program.get(entry.sessionId());
            if (now != null) {
                current.add(now);
            } else {
                orphans.add(lastKnown);
            }
        }
        Set<String> picked = plan.entries().stream().map(PlanEntry::sessionId).collect(Collectors.toSet());
        return new ExportSelection(conference, current, orphans, plan.exports(), true, picked, remembered);
    }

    /**
     * The pick as last seen, under the id the plan has it now: an orphan renamed by a program update
     * ("7~orphan", when the new program gave "7" to another pick) must not be taken for that pick.
     */
    private static Session asPicked(PlanEntry entry) {
        Session s = entry.lastKnown();
        return s.id().equals(entry.sessionId()) ? s : s.toBuilder().id(entry.sessionId()).build();
    }

    /** Adds earlier versions of sessions (e.g. from the program before an update) to find dropped sessions' times. */
    public ExportSelection remembering(List<Session> earlier) {
        Map<String, Session> map = new LinkedHashMap<>();
        earlier.forEach(s -> map.put(s.id(), s));
        map.putAll(remembered);
        return new ExportSelection(conference, sessions, orphans, previous, cancelsDropped, picked, map);
    }
}
