package org.conferenceplanner.planner;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.conferenceplanner.domain.Plan;

/** Plans kept in memory only: for tests, and for a read-only session when the disk cannot be written. */
public final class InMemoryPlanRepository implements PlanRepository {

    private final Map<String, Plan> plans = new ConcurrentHashMap<>();

    @Override
    public Plan load(String conferenceId) {
        return plans.getOrDefault(conferenceId, Plan.empty(conferenceId));
    }

    @Override
    public void save(Plan plan) {
        plans.put(plan.conferenceId(), plan);
    }
}
