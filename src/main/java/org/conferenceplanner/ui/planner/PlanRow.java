package org.conferenceplanner.ui.planner;

import org.conferenceplanner.domain.Session;

/** One line of the planner sidebar. */
public sealed interface PlanRow {

    /** A day (or "Unscheduled", "No longer in the program") heading. */
    record Heading(String text) implements PlanRow {
    }

    /**
     * A pick: time, title, room, and the collision note ("collides with …"), empty when none.
     *
     * @param session null for a pick the program no longer has (shown as last seen)
     */
    record Item(Session session, String sessionId, String time, String title, String room, String collision)
            implements PlanRow {
        public boolean collides() {
            return !collision.isEmpty();
        }
    }

    /** Free time between picks, e.g. "Free 11:30–13:30 (2 h)". */
    record Gap(String text) implements PlanRow {
    }
}
