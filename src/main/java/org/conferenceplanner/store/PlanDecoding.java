package org.conferenceplanner.store;

import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.store.dto.PlanFileDto;

/** What reading the bytes of a plan file gave. */
sealed interface PlanDecoding {

    /**
     * A plan this version understands.
     *
     * @param carry       the file as read, so fields this version does not know are written back
     * @param fromVersion the schema version the file was written in (older ones were migrated)
     */
    record Decoded(Plan plan, PlanFileDto carry, int fromVersion) implements PlanDecoding {
    }

    /** Written by a newer version: shown as well as it can be read, never overwritten. */
    record Newer(Plan bestEffort, int version) implements PlanDecoding {
    }

    /** Damaged: empty, truncated, not JSON, not text, or fields with impossible values. */
    record Damaged(String reason) implements PlanDecoding {
    }
}
