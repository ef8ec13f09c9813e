package org.conferenceplanner.importer.frabxml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.conferenceplanner.domain.DeferredText;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.importer.HtmlText;

/**
 * Reads one {@code <event>} element into a {@link RawEvent}. Only the event's own children count:
 * a {@code <title>} inside a {@code <link>} (as in the 39C3 preliminary hub export) is the link's
 * title, never the event's. Unknown elements are skipped. Not thread-safe; one per parse.
 */
final class EventParser {

    private final XmlCursor cursor;
    private final IntConsumer nestedEvents;

    EventParser(XmlCursor cursor, IntConsumer nestedEvents) {
        this.cursor = cursor;
        this.nestedEvents = nestedEvents;
    }

    /**
     * Reads the event whose start tag the cursor is on, up to its end tag.
     *
     * @param parentPath  path of the enclosing element, e.g. {@code schedule/day[1]/room[Saal 1]}
     * @param wrapperRoom the enclosing {@code <room name>}, null when the event sits directly in a day
     */
    RawEvent read(String id, String parentPath, LocalDate dayDate, String wrapperRoom, int line) throws XMLStreamException {
        String guid = nonNull(cursor.attribute("guid")).strip();
        String date = "";
        String start = "";
        String duration = "";
        String room = "";
        String title = "";
        String subtitle = "";
        String track = "";
        String type = "";
        String language = "";
        String abstractRaw = "";
        String description = "";
        String url = "";
        List<Person> people = new ArrayList<>(2);
        List<Link> links = new ArrayList<>(2);
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "date" -> date = cursor.text().strip();
                case "start" -> start = cursor.text().strip();
                case "duration" -> duration = cursor.text().strip();
                case "room" -> room = cursor.text().strip();
                case "title" -> title = cursor.text().strip();
                case "subtitle" -> subtitle = cursor.text().strip();
                case "track" -> track = cursor.text().strip();
                case "type" -> type = cursor.text().strip();
                case "language" -> language = cursor.text().strip();
                case "abstract" -> abstractRaw = cursor.text();
                case "description" -> description = cursor.text();
                case "url" -> url = cursor.text().strip();
                case "persons" -> readPeople(people);
                case "links" -> readLinks("link", links);
                case "attachments" -> readLinks("attachment", links);
                default -> cursor.skip(nestedEvents);
            }
        }
        String path = parentPath + "/event[" + id + "]";
        return new RawEvent(id, guid, line, path, dayDate, wrapperRoom != null ? wrapperRoom : room,
                date, start, duration, title, subtitle, track, type, language,
                abstractText(abstractRaw, description), url, people, links);
    }

    /**
     * The abstract, then the description when it says something the abstract does not; converted
     * from HTML when first read ({@link DeferredText}).
     */
    static DeferredText abstractText(String abstractRaw, String descriptionRaw) {
        if (abstractRaw.isEmpty() && descriptionRaw.isEmpty()) {
            return DeferredText.of("");
        }
        return DeferredText.later(() -> plainAbstract(abstractRaw, descriptionRaw));
    }

    static String plainAbstract(String abstractRaw, String descriptionRaw) {
        String summary = HtmlText.toPlainText(abstractRaw);
        String description = HtmlText.toPlainText(descriptionRaw);
        if (description.isEmpty() || summary.contains(description)) {
            return summary;
        }
        if (summary.isEmpty() || description.contains(summary)) {
            return description;
        }
        return summary + "\n\n" + description;
    }

    private void readPeople(List<Person> people) throws XMLStreamException {
        while (cursor.nextChild()) {
            if ("person".equals(cursor.name())) {
                String name = cursor.text().strip();
                if (!name.isEmpty()) {
                    people.add(new Person(name, Role.SPEAKER, ""));
                }
            } else {
                cursor.skip(nestedEvents);
            }
        }
    }

    /**
     * Reads {@code <link href="…">title</link>}, {@code <link>url</link>} and the hub form
     * {@code <link href="…"><type>…</type><title>…</title></link>}; {@code <attachment>}s (slides...)
     * the same way.
     */
    private void readLinks(String element, List<Link> links) throws XMLStreamException {
        while (cursor.nextChild()) {
            if (!element.equals(cursor.name())) {
                cursor.skip(nestedEvents);
                continue;
            }
            String href = nonNull(cursor.attribute("href")).strip();
            String[] titleAndText = linkContent();
            String title = titleAndText[0] != null ? titleAndText[0] : titleAndText[1];
            String target = href.isEmpty() ? titleAndText[1] : href;
            // An attachment's href may be relative to a site the file does not name: no use offline.
            boolean usable = element.equals("link") ? !target.isEmpty() : target.contains("://");
            if (usable) {
                links.add(new Link(target, title.equals(target) ? "" : title));
            }
        }
    }

    /** The {@code <title>} child's text (null when none) and the link's own text, both stripped. */
    private String[] linkContent() throws XMLStreamException {
        XMLStreamReader xml = cursor.reader();
        StringBuilder own = new StringBuilder();
        String title = null;
        while (true) {
            switch (xml.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        own.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                case XMLStreamConstants.START_ELEMENT -> {
                    if ("title".equals(xml.getLocalName())) {
                        title = cursor.text().strip();
                    } else {
                        cursor.skip(nestedEvents);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return new String[] {title, own.toString().strip()};
                }
                case XMLStreamConstants.END_DOCUMENT ->
                        throw new XMLStreamException("the file ends inside a <link>", xml.getLocation());
                default -> {
                    // comments carry no content
                }
            }
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
