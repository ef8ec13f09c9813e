package org.conferenceplanner.importer.robustness;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.conferenceplanner.domain.ProgramFormat;

/**
 * The first few events of a real program, cut from its text and closed again so the excerpt is a
 * well-formed file of the same format: every byte up to the cut is the original's, so the excerpt
 * keeps the file's real layout, entities and oddities. Mutating a 10 KB excerpt instead of a 2 MB
 * program keeps the mutation sweep fast. Stateless.
 */
final class ProgramExcerpt {

    private ProgramExcerpt() {
    }

    /** The text up to the end of the {@code events}-th event, closed; the whole text when it holds fewer. */
    static String firstEvents(ProgramFormat format, String text, int events) {
        try {
            return switch (format) {
                case FRAB_XML -> xml(text, events);
                case FRAB_JSON -> json(text, events);
                case ICALENDAR, VCALENDAR -> calendar(text, events);
                case SC_TEXT -> text;
            };
        } catch (IOException | XMLStreamException e) {
            throw new IllegalArgumentException("not a well-formed " + format.label() + " program", e);
        }
    }

    private static String calendar(String text, int events) {
        int at = -1;
        for (int i = 0; i <= events; i++) {
            at = text.indexOf("BEGIN:VEVENT", at + 1);
            if (at < 0) {
                return text;
            }
        }
        return text.substring(0, at) + "END:VCALENDAR\r\n";
    }

    private static String xml(String text, int events) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(text));
        Deque<String> open = new ArrayDeque<>();
        int seen = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                open.push(xml.getLocalName());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open.pop();
                if (xml.getLocalName().equals("event") && ++seen == events) {
                    int end = text.indexOf('>', xml.getLocation().getCharacterOffset() - 1) + 1;
                    StringBuilder closed = new StringBuilder(text.substring(0, end));
                    open.forEach(name -> closed.append("\n</").append(name).append('>'));
                    return closed.append('\n').toString();
                }
            }
        }
        return text;
    }

    private static String json(String text, int events) throws IOException {
        try (JsonParser json = new JsonFactory().createParser(text)) {
            int seen = 0;
            for (JsonToken t = json.nextToken(); t != null; t = json.nextToken()) {
                if (t == JsonToken.END_OBJECT && isEventList(json.getParsingContext()) && ++seen == events) {
                    StringBuilder closed = new StringBuilder(text.substring(0, (int) json.currentLocation().getCharOffset()));
                    for (JsonStreamContext c = json.getParsingContext(); !c.inRoot(); c = c.getParent()) {
                        closed.append('\n').append(c.inArray() ? ']' : '}');
                    }
                    return closed.append('\n').toString();
                }
            }
        }
        return text;
    }

    /** An array of events: a room's list in {@code "rooms": {"Saal 1": [...]}}, or an {@code "events"} list. */
    private static boolean isEventList(JsonStreamContext c) {
        if (!c.inArray() || c.getParent() == null) {
            return false;
        }
        JsonStreamContext owner = c.getParent();
        return "events".equals(owner.getCurrentName())
                || owner.inObject() && owner.getParent() != null && "rooms".equals(owner.getParent().getCurrentName());
    }
}
