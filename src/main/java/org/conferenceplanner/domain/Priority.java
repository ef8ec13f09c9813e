package org.conferenceplanner.domain;

/** How much the attendee wants a planned session. */
public enum Priority {
    MUST("Must"),
    MAYBE("Maybe");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
