package org.conferenceplanner.bench;

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
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.conferenceplanner.bench.SourceProgram.Markup;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Session;

/** Writes a conference as frab schedule XML (day → room → event), for generated benchmark programs. */
public final class FrabXmlWriter {

    private FrabXmlWriter() {
    }

    public static void write(GeneratedProgram program, OutputStream out) throws IOException {
        Conference c = program.conference();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("schedule");
            element(w, "version", c.source().version());
            w.writeStartElement("conference");
            element(w, "acronym", c.id());
            element(w, "title", c.title());
            element(w, "start", c.days().get(0).toString());
            element(w, "end", c.days().get(c.days().size() - 1).toString());
            element(w, "days", Integer.toString(c.days().size()));
            element(w, "timeslot_duration", "00:05");
            element(w, "time_zone_name", c.zone().getId());
            w.writeEndElement();
            Map<LocalDate, List<Session>> byDay = c.sessions().stream().filter(Session::isScheduled)
                    .collect(Collectors.groupingBy(Session::day, LinkedHashMap::new, Collectors.toList()));
            int index = 1;
            for (LocalDate day : c.days()) {
                w.writeStartElement("day");
                w.writeAttribute("index", Integer.toString(index++));
                w.writeAttribute("date", day.toString());
                Map<String, List<Session>> byRoom = byDay.getOrDefault(day, List.of()).stream()
                        .collect(Collectors.groupingBy(Session::room, LinkedHashMap::new, Collectors.toList()));
                for (Map.Entry<String, List<Session>> room : byRoom.entrySet()) {
                    w.writeStartElement("room");
                    w.writeAttribute("name", room.getKey());
                    for (Session s : room.getValue()) {
                        event(w, program, s);
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void event(XMLStreamWriter w, GeneratedProgram program, Session s) throws XMLStreamException {
        ZonedDateTime start = s.start().atZone(program.conference().zone());
        Markup markup = program.markupOf(s);
        Duration d = s.duration();
        w.writeStartElement("event");
        w.writeAttribute("id", s.id());
        if (!s.guid().isEmpty()) {
            w.writeAttribute("guid", s.guid());
        }
        element(w, "date", start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        element(w, "start", String.format("%02d:%02d", start.getHour(), start.getMinute()));
        element(w, "duration", String.format("%02d:%02d", d.toHours(), d.toMinutesPart()));
        element(w, "room", s.room());
        element(w, "title", s.title());
        element(w, "subtitle", s.subtitle());
        element(w, "track", s.track());
        element(w, "type", s.eventType());
        element(w, "language", s.language());
        element(w, "abstract", markup.abstractText());
        element(w, "description", markup.description());
        element(w, "url", s.url());
        w.writeStartElement("persons");
        int n = 1;
        for (Person p : s.people()) {
            w.writeStartElement("person");
            w.writeAttribute("id", Integer.toString(n++));
            w.writeCharacters(p.name());
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement("links");
        for (Link l : s.links()) {
            w.writeStartElement("link");
            w.writeAttribute("href", l.url());
            w.writeCharacters(l.title());
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text == null ? "" : text);
        w.writeEndElement();
    }
}
