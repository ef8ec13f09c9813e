package org.conferenceplanner.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.ProgramSource;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.testing.SharedData;

/**
 * The SC12 sessions transcribed in {@code ../shared/schedules/sc12/sc12-events.json}, as a conference:
 * the real SC12 data the export tests use until the embedded SC12 program reads through an importer.
 */
final class Sc12Events {

    static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX");

    private Sc12Events() {
    }

    static Conference conference() {
        Path file = SharedData.schedule("sc12/sc12-events.json");
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Session> sessions = new ArrayList<>();
        Set<String> rooms = new LinkedHashSet<>();
        Set<LocalDate> days = new java.util.TreeSet<>();
        int index = 0;
        for (JsonNode e : root.get("events")) {
            index++;
            // a few events were found without an evid: give them a stable id of their own
            String id = e.get("evid").isNull() ? "sc12-event-" + index : e.get("evid").asText();
            Session.Builder b = Session.builder(id)
                    .title(text(e, "title"))
                    .track(text(e, "session"))
                    .eventType(text(e, "event_type"))
                    .room(text(e, "room"))
                    .abstractText(text(e, "abstract_lead"))
                    .url(e.get("urls").get(0).asText())
                    .people(people(e));
            if (!e.get("start_utc").isNull() && !e.get("date").isNull()) {
                LocalDate day = LocalDate.parse(e.get("date").asText());
                b.day(day).start(Instant.from(UTC.parse(e.get("start_utc").asText())))
                        .end(Instant.from(UTC.parse(e.get("end_utc").asText())));
                days.add(day);
            }
            rooms.add(text(e, "room"));
            sessions.add(b.build());
        }
        return new Conference("SC12", "SC12 - The International Conference for High Performance Computing, "
                + "Networking, Storage and Analysis", DENVER, "Salt Palace Convention Center, Salt Lake City",
                List.copyOf(days), rooms.stream().map(Room::new).toList(), sessions,
                new ProgramSource("sc12-events.json", ProgramFormat.SC_TEXT, "", ""));
    }

    private static List<Person> people(JsonNode e) {
        List<Person> people = new ArrayList<>();
        if (e.has("people")) {
            for (JsonNode p : e.get("people")) {
                people.add(new Person(text(p, "name"), Role.parse(text(p, "role")), text(p, "affiliation")));
            }
            return people;
        }
        for (JsonNode p : e.get("presenters")) {
            people.add(new Person(text(p, "name"), Role.PRESENTER, text(p, "affiliation")));
        }
        if (!e.get("session_chair").isNull()) {
            people.add(new Person(e.get("session_chair").asText(), Role.CHAIR, ""));
        }
        return people;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
