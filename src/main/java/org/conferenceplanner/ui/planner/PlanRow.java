package org.conferenceplanner.ui.planner;

import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.domain.Session;

/** One line of the planner sidebar. */
public sealed interface PlanRow {

    /** A day (or "Unscheduled", "No longer in the program") heading. */
    record Heading(String text) implements PlanRow {
    }

    /**
     * A pick: time, title, room, the collision note ("collides with …", empty when none), and what the
     * user said about it: must or maybe, their note (empty when none), attended.
     *
     * @param session null for a pick the program no longer has (shown as last seen)
     */
    record Item(Session session, String sessionId, String time, String title, String room, String collision,
            Priority priority, String note, boolean attended) implements PlanRow {
        public boolean collides() {
            return !collision.isEmpty();
        }

        public boolean maybe() {
            return priority == Priority.MAYBE;
        }

        public boolean hasNote() {
            return !note.isBlank();
        }
    }

    /**
     * Free time between picks, e.g. "Free 11:30–13:30 (2 h) · 4 sessions fit".
     *
     * @param firstFit the first session that fits in it, shown when the gap is chosen; null when none does
     */
    record Gap(String text, Session firstFit) implements PlanRow {
    }
}
