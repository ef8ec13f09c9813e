package org.conferenceplanner.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.ProgramSource;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;

/** Small conferences and sessions written in the tests, for the cases no real file has. */
final class Sessions {

    private Sessions() {
    }

    static Conference conference(String id, ZoneId zone, String venue, List<Session> sessions) {
        List<LocalDate> days = sessions.stream().filter(Session::isScheduled).map(Session::day).distinct().sorted().toList();
        List<Room> rooms = sessions.stream().map(Session::room).distinct().map(Room::new).toList();
        return new Conference(id, id + " test conference", zone, venue, days, rooms, sessions,
                new ProgramSource(id + ".xml", ProgramFormat.FRAB_XML, "1"));
    }

    /** A session at local clock times in {@code zone}; an end before the start means it ends the next day. */
    static Session.Builder at(String id, ZoneId zone, String day, String from, String to) {
        LocalDate date = LocalDate.parse(day);
        LocalDateTime start = LocalDateTime.parse(day + "T" + from);
        LocalDateTime end = LocalDateTime.parse(day + "T" + to);
        if (!end.isAfter(start)) {
            end = end.plusDays(1);
        }
        Instant s = start.atZone(zone).toInstant();
        Instant e = end.atZone(zone).toInstant();
        return Session.builder(id).title("Session " + id).room("Room A").eventType("Talk").day(date).start(s).end(e)
                .people(List.of(new Person("Ada Lovelace", org.conferenceplanner.domain.Role.SPEAKER, "Analytical Engines")));
    }
}
