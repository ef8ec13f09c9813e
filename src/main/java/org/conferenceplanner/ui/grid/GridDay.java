package org.conferenceplanner.ui.grid;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;

/**
 * What a {@link ScheduleGrid} shows: one conference day, in one zone, with its visible room columns.
 *
 * <p>Only sessions that are scheduled and whose room is one of {@code rooms} become blocks; the others
 * (hidden rooms, unscheduled sessions) are ignored by the grid. Sessions after midnight belong to the day
 * they are listed in, and the time scale extends past 24:00 for them. Immutable.
 *
 * @param date     the conference day (a local date in {@code zone})
 * @param zone     the conference zone: the main time axis and every clock time shown
 * @param rooms    the visible columns, in order, each once
 * @param sessions the day's sessions, in any order
 */
public record GridDay(LocalDate date, ZoneId zone, List<String> rooms, List<Session> sessions) {

    public GridDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(zone, "zone");
        rooms = List.copyOf(new LinkedHashSet<>(rooms));
        sessions = List.copyOf(sessions);
    }

    /**
     * One day of a conference with the rooms that have sessions on it (empty rooms hidden), in the
     * conference's room order; rooms that sessions name but the room list lacks come last.
     */
    public static GridDay of(Conference conference, LocalDate date) {
        List<Session> sessions = conference.sessionsOn(date);
        Set<String> used = new LinkedHashSet<>();
        for (Session s : sessions) {
            used.add(s.room());
        }
        List<String> rooms = new ArrayList<>();
        for (Room room : conference.rooms()) {
            if (used.remove(room.name())) {
                rooms.add(room.name());
            }
        }
        rooms.addAll(used);
        return new GridDay(date, conference.zone(), rooms, sessions);
    }

    /** The same day with other visible columns (hidden or reordered rooms). */
    public GridDay withRooms(List<String> visibleRooms) {
        return new GridDay(date, zone, visibleRooms, sessions);
    }
}
