package org.conferenceplanner.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conferenceplanner.domain.Session;

/**
 * Collects an importer's sessions and keeps the books: every event the file holds ends up kept,
 * merged into an identical copy, or refused, each with a problem naming it. Ids are made unique
 * here, the one place that decides what a duplicate id means. Not thread-safe; one per import.
 */
public final class SessionCollector {

    /**
     * The longest session kept as written. Real programs run to a few days (34C3 has one of 55 h 23 min);
     * nothing in a program lasts longer than the conference week.
     */
    public static final Duration LONGEST = Duration.ofDays(7);

    private final List<Problem> problems;
    private final List<Session> sessions = new ArrayList<>();
    private final Map<String, Session> byId = new HashMap<>();
    private final RepeatedTexts texts = new RepeatedTexts();
    private int events;
    private int refused;
    private int merged;

    public SessionCollector(List<Problem> problems) {
        this.problems = problems;
    }

    /**
     * Adds one event. An exact copy of an event already kept is merged with a warning; a different
     * event under a used id is kept under the id with "~2", "~3"... appended, with a warning.
     */
    public void add(Session session, Location where) {
        addShared(texts.share(session), where);
    }

    /**
     * Adds one event from its builder, sharing its repeated texts before it is built: cheaper than
     * {@link #add(Session, Location)}, which builds a second session when a text is new.
     */
    public void add(Session.Builder session, Location where) {
        addShared(session.shareTexts(texts::of).build(), where);
    }

    private void addShared(Session session, Location where) {
        events++;
        session = withinLongest(session, where);
        Session existing = byId.get(session.id());
        if (existing == null) {
            keep(session);
            return;
        }
        if (existing.equals(session)) {
            merged++;
            problems.add(Problem.warning(where, "event " + session.id() + " \"" + session.title()
                    + "\" appears more than once with identical content; kept once"));
            return;
        }
        String newId = freeId(session.id());
        problems.add(Problem.warning(where, "event id " + session.id() + " is used by another event (\""
                + existing.title() + "\"); \"" + session.title() + "\" is kept as " + newId));
        keep(session.toBuilder().id(newId).build());
    }

    /** Counts an event that could not be kept and reports why. */
    public void refuse(Location where, String message) {
        events++;
        refused++;
        problems.add(Problem.error(where, message));
    }

    /** Notes that an event was folded into one already added (for formats that merge by content). */
    public void countMerged(Location where, String message) {
        events++;
        merged++;
        problems.add(Problem.warning(where, message));
    }

    /** Replaces a kept session (same id), for formats that complete an event from a later block. */
    public void replace(Session replacement) {
        Session session = texts.share(replacement);
        Session old = byId.put(session.id(), session);
        if (old == null) {
            throw new IllegalArgumentException("no session " + session.id());
        }
        sessions.set(sessions.indexOf(old), session);
    }

    public Session get(String id) {
        return byId.get(id);
    }

    public List<Session> sessions() {
        return List.copyOf(sessions);
    }

    public int events() {
        return events;
    }

    public int refused() {
        return refused;
    }

    public int merged() {
        return merged;
    }

    /**
     * A session longer than {@link #LONGEST} is a slip in the file (a year for a day, minutes written
     * as hours), not a session: drawn as it is, it would stretch its grid day over months. It is kept
     * with no length, as the importers keep an event whose end is missing.
     */
    private Session withinLongest(Session session, Location where) {
        if (!session.isScheduled() || session.end().getEpochSecond() - session.start().getEpochSecond() <= LONGEST.getSeconds()) {
            return session;
        }
        long hours = Duration.between(session.start(), session.end()).toHours();
        String length = hours >= 48 ? (hours / 24) + " days" : hours + " hours";
        problems.add(Problem.warning(where, "event " + session.id() + " \"" + session.title() + "\" lasts " + length
                + ", longer than a conference week; it was kept with no length"));
        return session.toBuilder().end(session.start()).build();
    }

    /** Keeps a session whose repeated texts are shared already. */
    private void keep(Session session) {
        sessions.add(session);
        byId.put(session.id(), session);
    }

    private String freeId(String id) {
        int n = 2;
        while (byId.containsKey(id + "~" + n)) {
            n++;
        }
        return id + "~" + n;
    }
}
