package org.conferenceplanner.planner;

import java.util.List;
import org.conferenceplanner.domain.Plan;
import java.util.Objects;

/**
 * A plan as opened, with what the user must be told about it.
 *
 * @param plan     the plan to show (never null; empty when nothing was saved)
 * @param writable whether changes will be saved; when false they are kept in memory only, and the
 *                 notices say why (another copy of the app, a newer file version, a read-only disk)
 * @param notices  what happened while opening, in order; empty when all was well
 */
public record LoadReport(Plan plan, boolean writable, List<StorageNotice> notices) {
    public LoadReport {
        Objects.requireNonNull(plan, "plan");
        notices = List.copyOf(notices);
    }

    public static LoadReport clean(Plan plan) {
        return new LoadReport(plan, true, List.of());
    }

    public boolean hasProblems() {
        return notices.stream().anyMatch(n -> n.kind().isProblem());
    }
}
