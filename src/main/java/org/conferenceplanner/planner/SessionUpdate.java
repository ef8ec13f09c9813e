package org.conferenceplanner.planner;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.conferenceplanner.domain.Session;

/**
 * What a program update did to one planned session.
 *
 * @param planId  the pick's session id in the reconciled plan: the new id when found; the old one when it
 *                vanished (with {@code ~orphan} added in the rare case the new program gave that id to another pick)
 * @param before  the session as the plan last knew it
 * @param after   the session in the new program; null when it vanished
 * @param match   how it was found in the new program ({@link Match#NONE} when it vanished)
 * @param status  unchanged, changed, cancelled or vanished
 * @param changes the visible fields that differ, old → new (empty when unchanged or vanished)
 */
public record SessionUpdate(String planId, Session before, Session after, Match match, Status status, List<FieldChange> changes) {

    /** How a planned session was recognised in the new program. */
    public enum Match { ID, GUID, TITLE, NONE }

    public enum Status { UNCHANGED, CHANGED, CANCELLED, VANISHED }

    public SessionUpdate {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(status, "status");
        changes = List.copyOf(changes);
        if ((after == null) != (status == Status.VANISHED)) {
            throw new IllegalArgumentException("a session has no new version exactly when it vanished");
        }
    }

    /** The id the plan knew the session by. */
    public String oldId() {
        return before.id();
    }

    /** The id in the new program (it may differ when the session was matched by guid or title). */
    public Optional<String> newId() {
        return after == null ? Optional.empty() : Optional.of(after.id());
    }

    /** Whether the user needs to hear about it. */
    public boolean isNews() {
        return status != Status.UNCHANGED;
    }

    /** One line for the user: the title, then what happened. */
    public String describe() {
        String title = before.title().isEmpty() ? before.id() : before.title();
        return switch (status) {
            case UNCHANGED -> title + ": unchanged";
            case CANCELLED -> title + ": cancelled" + (changes.isEmpty() ? "" : "; " + joined());
            case VANISHED -> title + ": no longer in the program; kept in your plan as it was";
            case CHANGED -> title + ": " + joined();
        };
    }

    private String joined() {
        return String.join("; ", changes.stream().map(FieldChange::toString).toList());
    }
}
