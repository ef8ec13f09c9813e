package org.conferenceplanner.domain;

import java.util.Objects;

/**
 * A room (or stage, or hall). The name is what sessions refer to; it may be empty when a source
 * gives sessions with no place.
 */
public record Room(String name) {
    public Room {
        name = Objects.requireNonNullElse(name, "").strip();
    }

    public boolean isUnnamed() {
        return name.isEmpty();
    }
}
