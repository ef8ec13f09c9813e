package org.conferenceplanner.planner;

import org.conferenceplanner.domain.Plan;

/**
 * Where plans live. The window's view models talk to this port; the store provides the durable
 * implementation, tests and the first window use {@link InMemoryPlanRepository}.
 */
public interface PlanRepository {

    /** The saved plan of a conference, or an empty one. */
    Plan load(String conferenceId);

    /** Records the plan; an implementation may write it later (debounced), but must not lose it. */
    void save(Plan plan);
}
