package org.conferenceplanner.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.conferenceplanner.bench.SourceProgram.Markup;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Session;

/** Writes a generated program as frab schedule JSON (v1: days[].rooms{name: [events]}), indented. Ids must be numbers. */
public final class FrabJsonWriter {

    private FrabJsonWriter() {
    }

    public static void write(GeneratedProgram program, OutputStream out) throws IOException {
        Conference c = program.conference();
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter(); // indented, as real schedule files are
            g.writeStartObject();
            g.writeObjectFieldStart("schedule");
            g.writeStringField("version", c.source().version());
            g.writeObjectFieldStart("conference");
            g.writeStringField("acronym", c.id());
            g.writeStringField("title", c.title());
            g.writeStringField("start", c.days().get(0).toString());
            g.writeStringField("end", c.days().get(c.days().size() - 1).toString());
            g.writeNumberField("daysCount", c.days().size());
            g.writeStringField("timeslot_duration", "00:05");
            g.writeStringField("time_zone_name", c.zone().getId());
            g.writeArrayFieldStart("days");
            Map<LocalDate, List<Session>> byDay = c.sessions().stream().filter(Session::isScheduled)
                    .collect(Collectors.groupingBy(Session::day, LinkedHashMap::new, Collectors.toList()));
            int index = 1;
            for (LocalDate day : c.days()) {
                g.writeStartObject();
                g.writeNumberField("index", index++);
                g.writeStringField("date", day.toString());
                g.writeObjectFieldStart("rooms");
                Map<String, List<Session>> byRoom = byDay.getOrDefault(day, List.of()).stream()
                        .collect(Collectors.groupingBy(Session::room, LinkedHashMap::new, Collectors.toList()));
                for (Map.Entry<String, List<Session>> room : byRoom.entrySet()) {
                    g.writeArrayFieldStart(room.getKey());
                    for (Session s : room.getValue()) {
                        event(g, program, s);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void event(JsonGenerator g, GeneratedProgram program, Session s) throws IOException {
        ZonedDateTime start = s.start().atZone(program.conference().zone());
        Markup markup = program.markupOf(s);
        Duration d = s.duration();
        g.writeStartObject();
        g.writeNumberField("id", Long.parseLong(s.id()));
        g.writeStringField("guid", s.guid());
        g.writeStringField("date", start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        g.writeStringField("start", String.format("%02d:%02d", start.getHour(), start.getMinute()));
        g.writeStringField("duration", String.format("%02d:%02d", d.toHours(), d.toMinutesPart()));
        g.writeStringField("room", s.room());
        g.writeStringField("title", s.title());
        g.writeStringField("subtitle", s.subtitle());
        g.writeStringField("track", s.track());
        g.writeStringField("type", s.eventType());
        g.writeStringField("language", s.language());
        g.writeStringField("abstract", markup.abstractText());
        g.writeStringField("description", markup.description());
        g.writeStringField("url", s.url());
        g.writeArrayFieldStart("persons");
        int n = 1;
        for (Person p : s.people()) {
            g.writeStartObject();
            g.writeNumberField("id", n++);
            g.writeStringField("public_name", p.name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("links");
        for (Link l : s.links()) {
            g.writeStartObject();
            g.writeStringField("url", l.url());
            g.writeStringField("title", l.title());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
