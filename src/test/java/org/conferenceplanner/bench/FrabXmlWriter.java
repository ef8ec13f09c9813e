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

/**
 * Writes a generated program as frab schedule XML (day → room → event), indented as real schedule
 * files are. One per file; not thread-safe.
 */
public final class FrabXmlWriter {

    private final XMLStreamWriter w;
    private final GeneratedProgram program;
    private int depth;

    private FrabXmlWriter(XMLStreamWriter w, GeneratedProgram program) {
        this.w = w;
        this.program = program;
    }

    public static void write(GeneratedProgram program, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new FrabXmlWriter(w, program).schedule();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void schedule() throws XMLStreamException {
        Conference c = program.conference();
        w.writeStartDocument("UTF-8", "1.0");
        open("schedule");
        element("version", c.source().version());
        open("conference");
        element("acronym", c.id());
        element("title", c.title());
        element("start", c.days().get(0).toString());
        element("end", c.days().get(c.days().size() - 1).toString());
        element("days", Integer.toString(c.days().size()));
        element("timeslot_duration", "00:05");
        element("time_zone_name", c.zone().getId());
        close();
        Map<LocalDate, List<Session>> byDay = c.sessions().stream().filter(Session::isScheduled)
                .collect(Collectors.groupingBy(Session::day, LinkedHashMap::new, Collectors.toList()));
        int index = 1;
        for (LocalDate day : c.days()) {
            open("day");
            w.writeAttribute("index", Integer.toString(index++));
            w.writeAttribute("date", day.toString());
            Map<String, List<Session>> byRoom = byDay.getOrDefault(day, List.of()).stream()
                    .collect(Collectors.groupingBy(Session::room, LinkedHashMap::new, Collectors.toList()));
            for (Map.Entry<String, List<Session>> room : byRoom.entrySet()) {
                open("room");
                w.writeAttribute("name", room.getKey());
                for (Session s : room.getValue()) {
                    event(s);
                }
                close();
            }
            close();
        }
        close();
        w.writeCharacters("\n");
        w.writeEndDocument();
    }

    private void event(Session s) throws XMLStreamException {
        ZonedDateTime start = s.start().atZone(program.conference().zone());
        Duration d = s.duration();
        Markup markup = program.markupOf(s);
        open("event");
        w.writeAttribute("id", s.id());
        w.writeAttribute("guid", s.guid());
        element("date", start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        element("start", String.format("%02d:%02d", start.getHour(), start.getMinute()));
        element("duration", String.format("%02d:%02d", d.toHours(), d.toMinutesPart()));
        element("room", s.room());
        element("title", s.title());
        element("subtitle", s.subtitle());
        element("track", s.track());
        element("type", s.eventType());
        element("language", s.language());
        element("abstract", markup.abstractText());
        element("description", markup.description());
        element("url", s.url());
        open("persons");
        int n = 1;
        for (Person p : s.people()) {
            indent();
            w.writeStartElement("person");
            w.writeAttribute("id", Integer.toString(n++));
            w.writeCharacters(p.name());
            w.writeEndElement();
        }
        close();
        open("links");
        for (Link l : s.links()) {
            indent();
            w.writeStartElement("link");
            w.writeAttribute("href", l.url());
            w.writeCharacters(l.title());
            w.writeEndElement();
        }
        close();
        close();
    }

    private void open(String name) throws XMLStreamException {
        indent();
        w.writeStartElement(name);
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        indent();
        w.writeEndElement();
    }

    private void element(String name, String text) throws XMLStreamException {
        indent();
        w.writeStartElement(name);
        w.writeCharacters(text == null ? "" : text);
        w.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
