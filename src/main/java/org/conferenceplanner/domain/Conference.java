package org.conferenceplanner.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One conference program as read from one source.
 *
 * @param id       a stable identifier (the acronym where the source has one); two versions of one
 *                 program share it, which is how a program update is recognised
 * @param title    the conference name shown in the title bar
 * @param zone     the conference's time zone; every time is shown in it
 * @param venue    venue and/or city, empty when unknown
 * @param days     the conference days in order (local dates in {@code zone})
 * @param rooms    the rooms in the source's order, each listed once
 * @param sessions every session, scheduled or not, in the source's order; ids are unique
 * @param source   where the program came from
 */
public record Conference(
        String id,
        String title,
        ZoneId zone,
        String venue,
        List<LocalDate> days,
        List<Room> rooms,
        List<Session> sessions,
        ProgramSource source) {

    public Conference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        title = Objects.requireNonNullElse(title, "");
        venue = Objects.requireNonNullElse(venue, "");
        days = List.copyOf(days);
        rooms = List.copyOf(rooms);
        sessions = List.copyOf(sessions);
        Objects.requireNonNull(source, "source");
    }

    public Optional<Session> session(String sessionId) {
        for (Session s : sessions) {
            if (s.id().equals(sessionId)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Every session by its id, for looking many up at once: {@link #session} scans the whole program,
     * which for a plan of 1,000 picks in a program of 50,000 sessions is fifty million comparisons.
     * A new map on each call (the record keeps no cache); costs one pass over the sessions.
     */
    public Map<String, Session> sessionsById() {
        Map<String, Session> byId = new HashMap<>(sessions.size() * 4 / 3 + 1);
        for (Session s : sessions) {
            byId.putIfAbsent(s.id(), s);
        }
        return byId;
    }

    /** Sessions of one conference day, in start order. */
    public List<Session> sessionsOn(LocalDate day) {
        return sessions.stream()
                .filter(s -> day.equals(s.day()))
                .sorted(Session.BY_START)
                .toList();
    }

    /** Sessions with no known date: kept, and shown apart as "Unscheduled". */
    public List<Session> unscheduled() {
        return sessions.stream().filter(s -> !s.isScheduled()).toList();
    }

    public Conference withSessions(List<Session> newSessions) {
        return new Conference(id, title, zone, venue, days, rooms, newSessions, source);
    }
}
