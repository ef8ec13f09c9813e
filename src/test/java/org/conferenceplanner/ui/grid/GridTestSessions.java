package org.conferenceplanner.ui.grid;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.conferenceplanner.domain.Session;

/** Builds sessions by local clock time for small hand-made grid days. */
final class GridTestSessions {

    static final LocalDate DAY = LocalDate.of(2012, 11, 14);
    static final ZoneId DENVER = ZoneId.of("America/Denver");

    private GridTestSessions() {
    }

    /** A session on {@link #DAY} in Denver; an end before the start means the next day. */
    static Session session(String id, String room, String from, String to) {
        return session(id, room, DAY, DENVER, from, to);
    }

    static Session session(String id, String room, LocalDate day, ZoneId zone, String from, String to) {
        LocalTime start = LocalTime.parse(from);
        LocalTime end = LocalTime.parse(to);
        LocalDate startDate = start.isBefore(LocalTime.of(5, 0)) ? day.plusDays(1) : day;
        LocalDate endDate = end.isBefore(start) || startDate.isAfter(day) ? day.plusDays(1) : day;
        return Session.builder(id)
                .title("Title " + id)
                .eventType("Paper")
                .day(day)
                .start(startDate.atTime(start).atZone(zone).toInstant())
                .end(endDate.atTime(end).atZone(zone).toInstant())
                .room(room)
                .build();
    }
}
