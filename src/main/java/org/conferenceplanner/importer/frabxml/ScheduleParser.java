package org.conferenceplanner.importer.frabxml;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;

/**
 * The one streaming pass over a schedule: {@code schedule/conference}, {@code schedule/version} and
 * {@code schedule/day}, whose children are {@code <room>} wrappers holding events (the frab shape) or
 * the events themselves (the old Pentabarf shape). Everything else is skipped. When the XML breaks,
 * what was read before the break is kept and the break is reported with its line. Never throws.
 * Not thread-safe; one per parse.
 */
final class ScheduleParser {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final List<LocalDate> days = new ArrayList<>();
    private final Set<String> rooms = new LinkedHashSet<>();
    private final List<RawEvent> events = new ArrayList<>();
    private final List<ParsedSchedule.Refusal> refusals = new ArrayList<>();
    private ConferenceHeader header = ConferenceHeader.NONE;
    private String version = "";
    private XmlCursor cursor;
    private EventParser eventParser;
    private boolean rootFound;
    private int dayCount;
    /** The event being read when the XML broke: its line and path, for the refusal. */
    private int pendingLine;
    private String pendingPath;
    private Problem fatal;
    private int lastEventLine;
    private int eventsOnLastLine;

    ScheduleParser(String file) {
        this.file = file;
    }

    /** Where the parser's input comes from; opening it may already add problems (decoding). */
    interface Source {
        XMLStreamReader open() throws XMLStreamException;
    }

    ParsedSchedule parse(Source source) {
        int breakLine = 0;
        XMLStreamReader xml = null;
        try {
            xml = source.open();
            cursor = new XmlCursor(xml);
            eventParser = new EventParser(cursor, this::misplacedEvent);
            if (findRoot(xml)) {
                readSchedule();
            }
        } catch (DoctypeCheck.Refusal e) {
            fail(Problem.error(Location.line(file, e.line()), e.reason()));
        } catch (XMLStreamException | RuntimeException e) {
            breakLine = reportBreak(e);
        } finally {
            close(xml);
        }
        int seen = breakLine > 0 && lastEventLine >= breakLine ? eventsOnLastLine : 0;
        return new ParsedSchedule(header.withVersion(version), days, List.copyOf(rooms), events, refusals,
                fatal, breakLine, seen, rootFound, problems);
    }

    private boolean findRoot(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD && !acceptDoctype(xml.getText())) {
                return false;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!"schedule".equals(xml.getLocalName())) {
                    fail(Problem.error(Location.line(file, cursor.line()), "the root element is <"
                            + xml.getLocalName() + ">, not <schedule>: this is not a frab/Pentabarf schedule"));
                    return false;
                }
                rootFound = true;
                return true;
            }
        }
        fail(Problem.error(Location.line(file, cursor.line()), "the file holds no XML element"));
        return false;
    }

    /** A DOCTYPE is never processed; one that declares entities is refused outright (XXE, entity bombs). */
    private boolean acceptDoctype(String doctype) {
        Location where = Location.line(file, cursor.line());
        if (doctype != null && doctype.contains("<!ENTITY")) {
            fail(Problem.error(where, DoctypeCheck.DECLARES_ENTITIES));
            return false;
        }
        problems.add(Problem.info(where, "the <!DOCTYPE> is ignored"));
        return true;
    }

    private void readSchedule() throws XMLStreamException {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "version" -> version = cursor.text();
                case "conference" -> header = ConferenceHeader.of(readFields(), version);
                case "day" -> readDay();
                default -> cursor.skip(this::misplacedEvent);
            }
        }
    }

    /** The text of each child element, first occurrence of a name wins; deeper elements are skipped. */
    private Map<String, String> readFields() throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (cursor.nextChild()) {
            String name = cursor.name();
            if (fields.containsKey(name)) {
                cursor.skip(this::misplacedEvent);
            } else {
                fields.put(name, cursor.text());
            }
        }
        return fields;
    }

    private void readDay() throws XMLStreamException {
        dayCount++;
        String path = "schedule/day[" + dayCount + "]";
        LocalDate date = dayDate(path);
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "room" -> readRoom(path, date);
                case "event" -> readEvent(path, date, null);
                default -> cursor.skip(this::misplacedEvent);
            }
        }
    }

    private LocalDate dayDate(String path) {
        String text = cursor.attribute("date");
        Location where = new Location(file, cursor.line(), path);
        if (text == null || text.isBlank()) {
            problems.add(Problem.error(where, "the <day> has no date; its events are dated by their own <date>"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            days.add(date);
            return date;
        } catch (DateTimeParseException e) {
            problems.add(Problem.error(where, "the <day> date \"" + text.strip() + "\" is not a real date"
                    + "; its events are dated by their own <date>"));
            return null;
        }
    }

    private void readRoom(String dayPath, LocalDate date) throws XMLStreamException {
        String name = cursor.attribute("name");
        if (name == null) {
            problems.add(Problem.warning(new Location(file, cursor.line(), dayPath + "/room"),
                    "a <room> has no name; its events are shown in a room with no name"));
            name = "";
        }
        name = name.strip();
        rooms.add(name);
        String path = dayPath + "/room[" + name + "]";
        while (cursor.nextChild()) {
            if ("event".equals(cursor.name())) {
                readEvent(path, date, name);
            } else {
                cursor.skip(this::misplacedEvent);
            }
        }
    }

    private void readEvent(String parentPath, LocalDate date, String wrapperRoom) throws XMLStreamException {
        int line = cursor.line();
        String id = cursor.attribute("id");
        id = id == null ? "" : id.strip();
        countEventStart(line);
        pendingLine = line;
        pendingPath = parentPath + "/event[" + id + "]";
        RawEvent event = eventParser.read(id, parentPath, date, wrapperRoom, line);
        pendingPath = null;
        if (wrapperRoom == null) {
            rooms.add(event.room());
        }
        events.add(event);
    }

    private void countEventStart(int line) {
        if (line == lastEventLine) {
            eventsOnLastLine++;
        } else {
            lastEventLine = line;
            eventsOnLastLine = 1;
        }
    }

    private void misplacedEvent(int line) {
        countEventStart(line);
        refusals.add(new ParsedSchedule.Refusal(Location.line(file, line),
                "an <event> at line " + line + " is not inside a <day> or its <room>, so it has no place in the schedule; not read"));
    }

    private int reportBreak(Exception e) {
        int line = lineOf(e);
        String reason = reasonOf(e);
        if (!rootFound) {
            fail(Problem.error(Location.line(file, line), "this is not readable XML: " + reason));
            return 0;
        }
        fail(Problem.error(Location.line(file, line), "the XML breaks off here (" + reason
                + "); what came before this line was kept, the rest of the file was not read"));
        if (pendingPath != null) {
            refusals.add(new ParsedSchedule.Refusal(new Location(file, pendingLine, pendingPath),
                    "the event starting at line " + pendingLine + " is cut off by the break at line " + line + "; not read"));
        }
        return line;
    }

    private void fail(Problem problem) {
        fatal = problem;
        problems.add(problem);
    }

    private int lineOf(Exception e) {
        if (e instanceof XMLStreamException x && x.getLocation() != null && x.getLocation().getLineNumber() > 0) {
            return x.getLocation().getLineNumber();
        }
        try {
            return cursor == null ? 1 : Math.max(1, cursor.line());
        } catch (RuntimeException unavailable) {
            return 1;
        }
    }

    /** The parser's own message without its "ParseError at [row,col]" preamble. */
    private static String reasonOf(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int at = message.indexOf("Message: ");
        String reason = (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
        if (reason.contains("must start and end within the same entity") || reason.contains("Premature end of file")) {
            return "the file ends before the schedule is complete, as if it was cut off";
        }
        return reason;
    }

    private static void close(XMLStreamReader xml) {
        try {
            if (xml != null) {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException ignored) {
            // reading from memory: nothing to release that matters
        }
    }
}
