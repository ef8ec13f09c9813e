package org.conferenceplanner.ui.schedule;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.planner.PlanOverview;

/**
 * Which of the shown sessions are planned (and of those, which as maybe), collide with the plan, or
 * match the search: id sets
 * the grid and the list observe. Each update changes only what differs, since every change redraws a
 * cell. FX thread only.
 */
final class DayMarks {

    private final ObservableSet<String> planned = FXCollections.observableSet();
    private final ObservableSet<String> maybe = FXCollections.observableSet();
    private final ObservableSet<String> conflicts = FXCollections.observableSet();
    private final ObservableSet<String> matches = FXCollections.observableSet();

    ObservableSet<String> planned() {
        return planned;
    }

    ObservableSet<String> maybe() {
        return maybe;
    }

    ObservableSet<String> conflicts() {
        return conflicts;
    }

    ObservableSet<String> matches() {
        return matches;
    }

    /**
     * @param plan     the planned sessions of the conference (any day)
     * @param maybeIds the ids of the picks marked maybe
     */
    void showPlan(List<Session> shown, Collection<Session> plan, Set<String> maybeIds) {
        Set<String> planIds = new LinkedHashSet<>();
        plan.forEach(s -> planIds.add(s.id()));
        Set<String> plannedShown = new LinkedHashSet<>();
        for (Session s : shown) {
            if (planIds.contains(s.id())) {
                plannedShown.add(s.id());
            }
        }
        replace(planned, plannedShown);
        replace(maybe, plannedShown.stream().filter(maybeIds::contains).toList());
        replace(conflicts, PlanOverview.collidingWithPlan(plan, shown));
    }

    void showMatches(List<Session> shown, Set<String> matchIds) {
        Set<String> shownMatches = new LinkedHashSet<>();
        for (Session s : shown) {
            if (matchIds.contains(s.id())) {
                shownMatches.add(s.id());
            }
        }
        replace(matches, shownMatches);
    }

    private static void replace(ObservableSet<String> target, Collection<String> values) {
        Set<String> wanted = Set.copyOf(values);
        target.retainAll(wanted);
        target.addAll(wanted);
    }
}
