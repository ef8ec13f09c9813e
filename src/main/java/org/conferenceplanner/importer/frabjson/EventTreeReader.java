package org.conferenceplanner.importer.frabjson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Set;

/**
 * Reads one event object from the stream as a small tree holding only the fields the importer
 * uses. Everything else (biographies, avatars, pretalx answers...) is skipped without being
 * decoded, which is most of a big schedule's bytes. Stateless apart from the parser it is given.
 */
final class EventTreeReader {

    private static final Set<String> EVENT_FIELDS = Set.of("id", "guid", "code", "slug", "title", "subtitle", "type",
            "language", "url", "abstract", "description", "track", "room", "date", "start", "end", "duration", "state",
            "cancelled", "persons", "participants", "links", "attachments");
    private static final Set<String> LISTS = Set.of("persons", "participants", "links", "attachments");
    private static final Set<String> ITEM_FIELDS = Set.of("public_name", "name", "full_public_name", "full_name", "role",
            "affiliation", "url", "href", "title");

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /** Reads the object the parser stands on (its START_OBJECT) up to its END_OBJECT. */
    ObjectNode readEvent(JsonParser p) throws IOException {
        // sized for the ~20 fields an event has, so the map never grows while it is filled
        ObjectNode event = new ObjectNode(nodes, new LinkedHashMap<>(48));
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (!EVENT_FIELDS.contains(name)) {
                p.skipChildren();
            } else if (value == JsonToken.START_ARRAY && LISTS.contains(name)) {
                event.set(name, readItems(p));
            } else {
                event.set(name, value(p, value));
            }
        }
        return event;
    }

    private ArrayNode readItems(JsonParser p) throws IOException {
        ArrayNode items = nodes.arrayNode();
        JsonToken t;
        while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
            items.add(t == JsonToken.START_OBJECT ? readItem(p) : value(p, t));
        }
        return items;
    }

    private ObjectNode readItem(JsonParser p) throws IOException {
        ObjectNode item = nodes.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (ITEM_FIELDS.contains(name)) {
                item.set(name, value(p, value));
            } else {
                p.skipChildren();
            }
        }
        return item;
    }

    /** Scalars are made directly (the mapper's tree reading costs more per value); containers through it. */
    private JsonNode value(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> nodes.textNode(p.getText());
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? nodes.numberNode(p.getBigIntegerValue()) : nodes.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(p.getDecimalValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> {
                JsonNode tree = p.readValueAsTree();
                yield tree == null ? nodes.nullNode() : tree;
            }
        };
    }
}
