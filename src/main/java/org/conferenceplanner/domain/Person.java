package org.conferenceplanner.domain;

import java.util.Objects;

/** Someone on a session, in a role, with an affiliation (empty when unknown). */
public record Person(String name, Role role, String affiliation) {
    public Person {
        name = Objects.requireNonNullElse(name, "").strip();
        role = Objects.requireNonNullElse(role, Role.SPEAKER);
        affiliation = Objects.requireNonNullElse(affiliation, "").strip();
    }

    /** "Name - Affiliation" as SC12 printed it, or the name alone. */
    public String nameWithAffiliation() {
        return affiliation.isEmpty() ? name : name + " - " + affiliation;
    }
}
