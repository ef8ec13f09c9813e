package org.conferenceplanner.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What was last written to a calendar file for one session, so the next export updates the
 * calendar entry (same UID, higher SEQUENCE) or cancels it instead of adding a duplicate.
 *
 * @param sequence    the SEQUENCE last written
 * @param fingerprint a digest of the exported fields; a different one means the session changed
 * @param exportedAt  when
 * @param cancelled   whether the last export was a cancellation
 * @param uid         the UID written; empty for a record from before UIDs were kept, whose UID is the
 *                    default one of its session id in its plan's conference. Kept so the calendar entry
 *                    keeps its UID when a program update gives the session (or the conference) a new id.
 */
public record ExportedState(int sequence, String fingerprint, Instant exportedAt, boolean cancelled, String uid) {
    public ExportedState {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative");
        }
        fingerprint = Objects.requireNonNullElse(fingerprint, "");
        Objects.requireNonNull(exportedAt, "exportedAt");
        uid = Objects.requireNonNullElse(uid, "");
    }

    /** A record without a kept UID (the default one of its session id applies). */
    public ExportedState(int sequence, String fingerprint, Instant exportedAt, boolean cancelled) {
        this(sequence, fingerprint, exportedAt, cancelled, "");
    }

    public ExportedState withUid(String newUid) {
        return new ExportedState(sequence, fingerprint, exportedAt, cancelled, newUid);
    }
}
