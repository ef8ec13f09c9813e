package org.conferenceplanner.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One session the attendee picked.
 *
 * @param sessionId the session's id in its conference
 * @param priority  must or maybe
 * @param note      the attendee's own note, empty when none
 * @param attended  marked as attended
 * @param addedAt   when it was picked
 * @param lastKnown the session as it was when last seen in the program: what an orphan (a pick the
 *                  current program no longer has) is shown with
 */
public record PlanEntry(String sessionId, Priority priority, String note, boolean attended, Instant addedAt,
        Session lastKnown) {

    public PlanEntry {
        Objects.requireNonNull(sessionId, "sessionId");
        priority = Objects.requireNonNullElse(priority, Priority.MUST);
        note = Objects.requireNonNullElse(note, "");
        Objects.requireNonNull(addedAt, "addedAt");
        Objects.requireNonNull(lastKnown, "lastKnown");
    }

    public static PlanEntry of(Session session, Instant now) {
        return new PlanEntry(session.id(), Priority.MUST, "", false, now, session);
    }

    public PlanEntry withPriority(Priority p) {
        return new PlanEntry(sessionId, p, note, attended, addedAt, lastKnown);
    }

    public PlanEntry withNote(String n) {
        return new PlanEntry(sessionId, priority, n, attended, addedAt, lastKnown);
    }

    public PlanEntry withAttended(boolean a) {
        return new PlanEntry(sessionId, priority, note, a, addedAt, lastKnown);
    }

    public PlanEntry withLastKnown(Session s) {
        return new PlanEntry(s.id(), priority, note, attended, addedAt, s);
    }
}
