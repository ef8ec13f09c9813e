package org.conferenceplanner.importer.frabjson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;

/**
 * One streaming pass over a schedule JSON. It walks the known structure token by token
 * ({@code schedule.conference.days[].rooms{}} of frab, {@code schedule.events[]} and
 * {@code conference.rooms[]} of schedule v2), reads each event's fields into slots ({@link EventFields}), skips everything
 * else without building it, and records what it found in {@link ScheduleFacts}; events go to the {@link ConferenceAssembler}. Broken JSON
 * surfaces as the parser's exception; what was read until then stays in the facts.
 * One per import, not thread-safe.
 */
final class ScheduleWalker {

    private final JsonParser p;
    private final JsonFactory factory;
    private final byte[] source;
    private final String file;
    private final ScheduleFacts facts;
    private final ConferenceAssembler assembler;
    private final EventReader events;
    private final List<Problem> problems;

    /** {@code source}: the bytes the parser reads, or null when it reads decoded text (see {@link EventFields#read}). */
    ScheduleWalker(JsonParser parser, JsonFactory factory, byte[] source, String file, ScheduleFacts facts,
            ConferenceAssembler assembler, List<Problem> problems) {
        this.p = parser;
        this.assembler = assembler;
        this.factory = factory;
        this.source = source;
        this.file = file;
        this.facts = facts;
        this.problems = problems;
        this.events = new EventReader(file, facts, problems);
    }

    void walk() throws IOException, NotAScheduleException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new NotAScheduleException("the file holds no JSON at all");
        }
        if (first != JsonToken.START_OBJECT) {
            throw new NotAScheduleException("the file holds " + JsonValues.kind(first)
                    + " where a schedule JSON has an object with a \"schedule\" in it");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("schedule") && expect(value, JsonToken.START_OBJECT, name)) {
                facts.scheduleFound = true;
                walkSchedule(name);
            } else if (name.equals("conference") && !facts.scheduleFound && value == JsonToken.START_OBJECT) {
                facts.scheduleFound = true;
                problems.add(Problem.info(here("conference"),
                        "the conference is not wrapped in a \"schedule\" object as frab writes it; read anyway"));
                walkConference(name);
            } else {
                p.skipChildren();
            }
        }
        if (!facts.scheduleFound) {
            throw new NotAScheduleException("the JSON object has no \"schedule\" (nor \"conference\") in it");
        }
        checkNothingFollows();
    }

    private void walkSchedule(String path) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            String at = JsonPaths.field(path, name);
            switch (name) {
                case "version" -> facts.version = scalar(at);
                case "base_url" -> facts.baseUrl = scalar(at);
                case "conference" -> {
                    if (expect(value, JsonToken.START_OBJECT, at)) {
                        walkConference(at);
                    }
                }
                case "events" -> {
                    if (expect(value, JsonToken.START_ARRAY, at)) {
                        walkEvents(at, -1, null);
                    }
                }
                case "rooms" -> {
                    if (expect(value, JsonToken.START_ARRAY, at)) {
                        problems.add(Problem.info(here(at), "a room list directly under \"schedule\" is not where either "
                                + "schedule format puts it (conference.rooms); read as the room list"));
                        walkRoomList(at);
                    }
                }
                default -> p.skipChildren();
            }
        }
    }

    private void walkConference(String path) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            String at = JsonPaths.field(path, name);
            switch (name) {
                case "acronym" -> facts.acronym = scalar(at);
                case "title" -> facts.title = scalar(at);
                case "time_zone_name" -> facts.zoneName = scalar(at);
                case "venue" -> facts.venue = scalar(at);
                case "city" -> facts.city = scalar(at);
                case "rooms" -> {
                    if (expect(value, JsonToken.START_ARRAY, at)) {
                        walkRoomList(at);
                    }
                }
                case "tracks" -> {
                    if (expect(value, JsonToken.START_ARRAY, at)) {
                        walkTrackList();
                    }
                }
                case "days" -> {
                    if (expect(value, JsonToken.START_ARRAY, at)) {
                        walkDays(at);
                    }
                }
                case "events" -> {
                    if (expect(value, JsonToken.START_ARRAY, at)) {
                        walkEvents(at, -1, null);
                    }
                }
                default -> p.skipChildren();
            }
        }
    }

    private void walkDays(String path) throws IOException {
        int i = 0;
        while (nextInArray()) {
            String at = JsonPaths.index(path, i++);
            if (expect(p.currentToken(), JsonToken.START_OBJECT, at)) {
                walkDay(facts.addDay(at, line()));
            }
        }
    }

    private void walkDay(DayEntry day) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            String at = JsonPaths.field(day.path, name);
            switch (name) {
                case "date" -> day.dateText = scalar(at);
                case "day_start", "start" -> day.startText = scalar(at);
                case "day_end", "end" -> day.endText = scalar(at);
                case "rooms" -> {
                    if (expect(value, JsonToken.START_OBJECT, at)) {
                        walkRoomMap(at, day.position);
                    }
                }
                default -> p.skipChildren();
            }
        }
    }

    private void walkRoomMap(String path, int dayPosition) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String room = p.currentName();
            JsonToken value = p.nextToken();
            String at = JsonPaths.key(path, room);
            facts.listedRooms.add(room.strip());
            if (value == JsonToken.START_OBJECT) {
                problems.add(Problem.warning(here(at), "room \"" + room + "\" holds one object where a list of events belongs; "
                        + "read as a list of one event"));
                event(at, dayPosition, room);
            } else if (expect(value, JsonToken.START_ARRAY, at)) {
                walkEvents(at, dayPosition, room);
            }
        }
    }

    private void walkEvents(String path, int dayPosition, String room) throws IOException {
        int i = 0;
        while (nextInArray()) {
            String at = JsonPaths.index(path, i++);
            if (p.currentToken() == JsonToken.START_OBJECT) {
                event(at, dayPosition, room);
            } else {
                Location where = here(at);
                String what = JsonValues.kind(p.currentToken());
                p.skipChildren();
                assembler.accept(PendingEvent.refused(where, dayPosition, room,
                        "an entry in a list of events is " + what + ", not an event; left out"));
            }
        }
    }

    private void event(String path, int dayPosition, String room) throws IOException {
        int line = line();
        assembler.accept(events.read(EventFields.read(p, factory, source), line, path, dayPosition, room == null ? null : room.strip()));
    }

    private void walkRoomList(String path) throws IOException {
        int i = 0;
        while (nextInArray()) {
            String at = JsonPaths.index(path, i++);
            JsonNode room = p.readValueAsTree();
            String name = room == null ? "" : room.isTextual() ? room.textValue().strip() : EventReader.textOf(room.get("name"));
            if (name.isEmpty()) {
                problems.add(Problem.warning(here(at), "a room in the room list has no name; left out"));
                continue;
            }
            facts.declaredRooms.add(name);
            String guid = EventReader.textOf(room.get("guid"));
            if (!guid.isEmpty()) {
                facts.roomNamesByGuid.put(guid, name);
            }
        }
    }

    private void walkTrackList() throws IOException {
        while (nextInArray()) {
            JsonNode track = p.readValueAsTree();
            if (track == null || !track.isObject()) {
                continue;
            }
            String slug = EventReader.textOf(track.get("slug"));
            String name = JsonValues.localized(track.get("name"), "en").strip();
            if (!slug.isEmpty() && !name.isEmpty()) {
                facts.trackNamesBySlug.put(slug, name);
            }
        }
    }

    /** Advances to the next element of the current array; false at its end. */
    private boolean nextInArray() throws IOException {
        JsonToken t = p.nextToken();
        return t != null && t != JsonToken.END_ARRAY;
    }

    /** The current scalar as text; an object or list where text belongs is reported and skipped. */
    private String scalar(String at) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return "";
        }
        if (t.isScalarValue()) {
            return p.getText().strip();
        }
        problems.add(Problem.warning(here(at), at + " is " + JsonValues.kind(t) + ", not a text; ignored"));
        p.skipChildren();
        return "";
    }

    /** True when the current value has the wanted type; otherwise reports it and skips it. */
    private boolean expect(JsonToken actual, JsonToken wanted, String at) throws IOException {
        if (actual == wanted) {
            return true;
        }
        if (actual != JsonToken.VALUE_NULL) {
            problems.add(Problem.warning(here(at), at + " is " + JsonValues.kind(actual) + " where "
                    + JsonValues.kind(wanted) + " belongs; ignored"));
        }
        p.skipChildren();
        return false;
    }

    private void checkNothingFollows() {
        try {
            if (p.nextToken() != null) {
                problems.add(Problem.warning(here(""), "more JSON follows the end of the schedule; ignored"));
            }
        } catch (JsonProcessingException e) {
            problems.add(Problem.warning(Location.line(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr()),
                    "something that is not JSON follows the end of the schedule; ignored"));
        } catch (IOException e) {
            // only the bytes in memory are read: nothing to report beyond what is already read
        }
    }

    private Location here(String path) {
        return new Location(file, line(), path);
    }

    private int line() {
        return p.currentTokenLocation().getLineNr();
    }
}
