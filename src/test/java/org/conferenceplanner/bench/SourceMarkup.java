package org.conferenceplanner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.conferenceplanner.bench.SourceProgram.Markup;

/**
 * The raw abstract and description of each event in a real frab XML or JSON file, by event id.
 * Ids that occur twice are left out (which event they belong to is ambiguous). Test tooling for
 * trusted files: no error reporting beyond an exception.
 */
final class SourceMarkup {

    private SourceMarkup() {
    }

    static Map<String, Markup> read(Path file) {
        try {
            return file.toString().endsWith(".json") ? json(file) : xml(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static Map<String, Markup> json(Path file) throws IOException {
        Collector out = new Collector();
        JsonNode days = new ObjectMapper().readTree(file.toFile()).path("schedule").path("conference").path("days");
        for (JsonNode day : days) {
            for (JsonNode room : day.path("rooms")) {
                for (JsonNode event : room) {
                    out.add(event.path("id").asText(), new Markup(event.path("abstract").asText(""),
                            event.path("description").asText("")));
                }
            }
        }
        return out.result();
    }

    private static Map<String, Markup> xml(Path file) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        Collector out = new Collector();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            String id = null;
            String summary = "";
            String description = "";
            int depth = 0;
            int eventDepth = -1;
            while (r.hasNext()) {
                int type = r.next();
                if (type == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = r.getLocalName();
                    if (name.equals("event") && eventDepth < 0) {
                        id = r.getAttributeValue(null, "id");
                        eventDepth = depth;
                        summary = "";
                        description = "";
                    } else if (depth == eventDepth + 1 && name.equals("abstract")) {
                        summary = r.getElementText();
                        depth--;
                    } else if (depth == eventDepth + 1 && name.equals("description")) {
                        description = r.getElementText();
                        depth--;
                    }
                } else if (type == XMLStreamConstants.END_ELEMENT) {
                    if (depth == eventDepth) {
                        out.add(id == null ? "" : id.strip(), new Markup(summary, description));
                        eventDepth = -1;
                    }
                    depth--;
                }
            }
            r.close();
        }
        return out.result();
    }

    private static final class Collector {
        private final Map<String, Markup> byId = new HashMap<>();
        private final Set<String> twice = new HashSet<>();

        void add(String id, Markup m) {
            if (byId.put(id, m) != null) {
                twice.add(id);
            }
        }

        Map<String, Markup> result() {
            twice.forEach(byId::remove);
            return Map.copyOf(byId);
        }
    }
}
