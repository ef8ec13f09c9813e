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
 */
public record ExportedState(int sequence, String fingerprint, Instant exportedAt, boolean cancelled) {
    public ExportedState {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative");
        }
        fingerprint = Objects.requireNonNullElse(fingerprint, "");
        Objects.requireNonNull(exportedAt, "exportedAt");
    }
}
