package org.conferenceplanner.planner;

import java.time.Instant;
import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Session;

/**
 * The other sessions that run while one does: where a user could go instead when a room is full or a
 * talk is not what it promised. Cancelled sessions are no choice and are left out. Pure.
 */
public final class SameTime {

    private SameTime() {
    }

    /** The sessions of {@code conference} running during {@code session}, by start, end and room; empty when it has no time. */
    public static List<Session> as(Conference conference, Session session) {
        if (!session.isScheduled()) {
            return List.of();
        }
        return conference.sessions().stream()
                .filter(other -> !other.id().equals(session.id()) && !other.cancelled() && during(other, session))
                .sorted(Session.BY_START)
                .toList();
    }

    /** Overlapping; a session with no length counts as the moment it starts. */
    private static boolean during(Session other, Session session) {
        if (!session.start().equals(session.end())) {
            return session.overlaps(other) || (other.isScheduled() && other.start().equals(other.end())
                    && !other.start().isBefore(session.start()) && other.start().isBefore(session.end()));
        }
        Instant moment = session.start();
        return other.isScheduled() && !other.start().isAfter(moment)
                && (other.end().isAfter(moment) || other.start().equals(moment));
    }
}
