package org.conferenceplanner.planner;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;

/**
 * The result of reconciling a plan with a newer program: the plan as it should now be, and one
 * {@link SessionUpdate} per planned session, in plan order. Nothing is dropped by reconciling; the
 * user drops what they no longer want with {@link #without}.
 *
 * @param plan    every pick kept: found sessions under their new id with their new details, the rest
 *                (vanished) unchanged as orphans with their last known details
 * @param updates one per pick
 */
public record ReconcileReport(Plan plan, List<SessionUpdate> updates) {

    public ReconcileReport {
        Objects.requireNonNull(plan, "plan");
        updates = List.copyOf(updates);
    }

    public List<SessionUpdate> changed() {
        return with(SessionUpdate.Status.CHANGED);
    }

    public List<SessionUpdate> cancelled() {
        return with(SessionUpdate.Status.CANCELLED);
    }

    public List<SessionUpdate> vanished() {
        return with(SessionUpdate.Status.VANISHED);
    }

    /** Whether there is anything to tell the user. */
    public boolean hasNews() {
        return updates.stream().anyMatch(SessionUpdate::isNews);
    }

    /** The reconciled plan without the picks the user chose to drop (ids in the reconciled plan). */
    public Plan without(Collection<String> droppedSessionIds) {
        Set<String> dropped = Set.copyOf(droppedSessionIds);
        List<PlanEntry> kept = plan.entries().stream().filter(e -> !dropped.contains(e.sessionId())).toList();
        return plan.withEntries(kept);
    }

    /** The report as lines for the command line and logs: one per session that changed, was cancelled or vanished. */
    public List<String> lines() {
        return updates.stream().filter(SessionUpdate::isNews).map(SessionUpdate::describe).toList();
    }

    private List<SessionUpdate> with(SessionUpdate.Status status) {
        return updates.stream().filter(u -> u.status() == status).toList();
    }
}
