package org.conferenceplanner.planner;

import java.util.Objects;

/**
 * One thing about a planned session that a program update changed, as the user reads it: old → new.
 * Times and days are written in the conference's zone.
 */
public record FieldChange(Field field, String before, String after) {

    /** What changed, in the order a report lists them. */
    public enum Field {
        TITLE("Title"), DAY("Day"), TIME("Time"), ROOM("Room"), PEOPLE("People");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** "Room: Saal 1 → Saal G". */
    @Override
    public String toString() {
        return field.label() + ": " + before + " → " + after;
    }
}
