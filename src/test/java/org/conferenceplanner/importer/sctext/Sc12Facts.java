package org.conferenceplanner.importer.sctext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Role;

/**
 * The SC12 events of {@code ../shared/schedules/sc12/sc12-events.json} as facts the embedded program
 * must hold: what the generator writes and what the embedded-program test checks. One reading of the
 * file's two shapes lives here:
 * <ul>
 * <li>people: the {@code people[]} list (name, role, affiliation) when the event has one, else the
 *     older {@code session_chair} (a chair) and {@code presenters} (presenters; for a Birds of a
 *     Feather, session leaders, as SC12 called the people who ran a BoF);</li>
 * <li>times: {@code start_local}/{@code end_local}, else {@code start_utc}/{@code end_utc}; an event
 *     with neither keeps its {@code time_local} text (minus the transcriber's notes in parentheses);</li>
 * <li>event type: without the transcriber's notes in parentheses, "Tutorial" as "Tutorials".</li>
 * </ul>
 */
record Sc12Facts(String name, String venue, List<Event> events) {

    static final ZoneId ZONE = ZoneId.of("America/Denver");

    /** One person with the label SC12's pages (or the transcriber) gave the role. */
    record Someone(String name, String roleText, String affiliation) {
        Person person() {
            return new Person(name, Role.parse(roleText), affiliation);
        }
    }

    record Event(String evid, String title, String session, String eventType, LocalDate date, Instant start,
            Instant end, String timeText, String room, List<Someone> people, List<String> urls) {

        List<Person> persons() {
            return people.stream().map(Someone::person).toList();
        }

        /** The event's own SC12 page when there is one, else its first source. */
        String page() {
            return urls.stream().filter(u -> u.contains("event_detail")).findFirst().orElse(urls.get(0));
        }
    }

    private static final DateTimeFormatter UTC_BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX");

    static Sc12Facts read(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode conference = root.path("conference");
        List<Event> events = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            events.add(event(e));
        }
        return new Sc12Facts(conference.path("name").asText(),
                conference.path("venue").asText() + ", " + conference.path("city").asText(), events);
    }

    private static Event event(JsonNode e) {
        Instant start = instant(e, "start_local", "start_utc");
        Instant end = instant(e, "end_local", "end_utc");
        String eventType = withoutNotes(text(e, "event_type"));
        if (eventType.equals("Tutorial")) {
            eventType = "Tutorials";
        }
        List<String> urls = new ArrayList<>();
        e.path("urls").forEach(u -> urls.add(u.asText()));
        String date = text(e, "date");
        return new Event(e.path("evid").isTextual() ? e.path("evid").asText() : null, text(e, "title"),
                text(e, "session"), eventType, date.isEmpty() ? null : LocalDate.parse(date), start, end,
                withoutNotes(text(e, "time_local")), text(e, "room"), people(e, eventType), urls);
    }

    private static List<Someone> people(JsonNode e, String eventType) {
        List<Someone> people = new ArrayList<>();
        if (e.has("people")) {
            for (JsonNode p : e.path("people")) {
                people.add(new Someone(text(p, "name"), text(p, "role"), text(p, "affiliation")));
            }
            return people;
        }
        if (!text(e, "session_chair").isEmpty()) {
            people.add(new Someone(text(e, "session_chair"), "session chair", ""));
        }
        String role = eventType.equals("Birds of a Feather") ? "session leader" : "presenter";
        for (JsonNode p : e.path("presenters")) {
            people.add(new Someone(text(p, "name"), role, text(p, "affiliation")));
        }
        return people;
    }

    private static Instant instant(JsonNode e, String local, String utc) {
        if (!text(e, local).isEmpty()) {
            return OffsetDateTime.parse(text(e, local)).toInstant();
        }
        if (!text(e, utc).isEmpty()) {
            return OffsetDateTime.parse(text(e, utc), UTC_BASIC).toInstant();
        }
        return null;
    }

    private static String withoutNotes(String text) {
        return text.replaceAll("\\s*\\(.*\\)\\s*$", "").strip();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNull() || v.isMissingNode() ? "" : v.asText().strip();
    }
}
