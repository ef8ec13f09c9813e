package org.conferenceplanner.ui.programs;

import java.util.Objects;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.planner.ProgramLikeness;
import org.conferenceplanner.planner.ReconcileReport;

/**
 * A plan that may move to a program just opened under a new conference id, because the program looks
 * like a newer version of the plan's conference; offered to the user, never done unasked. Immutable.
 *
 * @param known    the conference the plan belongs to (the older version)
 * @param plan     its plan, saved under {@code known}'s id; it stays saved there whatever the user answers
 * @param likeness why the program looks like a newer version
 * @param update   the plan reconciled with the opened program, under the opened program's id
 */
public record PlanCarryOver(Conference known, Plan plan, ProgramLikeness likeness, ReconcileReport update) {

    public PlanCarryOver {
        Objects.requireNonNull(known, "known");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(likeness, "likeness");
        Objects.requireNonNull(update, "update");
    }

    /** The known conference's title as the window shows it. */
    public String knownTitle() {
        return known.title().isBlank() ? known.id() : known.title();
    }
}
