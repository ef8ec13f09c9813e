package org.conferenceplanner.export;

import java.util.Objects;
import org.conferenceplanner.domain.Session;

/**
 * One event as every writer writes it: a scheduled session with its UID, SEQUENCE, status and text.
 *
 * @param uid         stable per conference and session ({@link Uids}), or the one kept from an earlier export
 * @param session     the session as it is written; always scheduled
 * @param status      live, or why it is cancelled
 * @param sequence    the SEQUENCE: raised whenever what a calendar shows changed since the last export
 * @param fingerprint a digest of everything written, stored so the next export knows what changed
 * @param text        the cleaned, unescaped text fields
 */
public record CalendarEntry(String uid, Session session, EntryStatus status, int sequence, String fingerprint,
        EventText text) {

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(text, "text");
        if (!session.isScheduled()) {
            throw new IllegalArgumentException("an unscheduled session cannot be a calendar entry: " + session.id());
        }
    }
}
