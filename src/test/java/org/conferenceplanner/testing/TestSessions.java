package org.conferenceplanner.testing;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Session;

/** Small helpers to build sessions in tests: a local start time in a zone and a length in minutes. */
public final class TestSessions {

    public static final ZoneId DENVER = ZoneId.of("America/Denver");

    private TestSessions() {
    }

    /** A scheduled session starting at {@code localStart} (ISO, e.g. 2012-11-14T11:00) in {@code zone}. */
    public static Session.Builder at(String id, String title, String room, String localStart, int minutes, ZoneId zone) {
        LocalDateTime start = LocalDateTime.parse(localStart);
        var instant = start.atZone(zone).toInstant();
        return Session.builder(id).title(title).room(room).day(start.toLocalDate())
                .start(instant).end(instant.plus(Duration.ofMinutes(minutes)));
    }

    public static Session session(String id, String title, String room, String localStart, int minutes) {
        return at(id, title, room, localStart, minutes, DENVER).build();
    }

    public static List<Person> presenters(String affiliation, String... names) {
        return java.util.Arrays.stream(names).map(n -> new Person(n, Role.PRESENTER, affiliation)).toList();
    }
}
