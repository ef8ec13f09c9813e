package org.conferenceplanner.importer.frabjson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One event object as read from the stream: the fields the importer uses, each in a fixed slot,
 * and its lists of people and links as {@link Item}s. Everything else (biographies, avatars, pretalx
 * answers...) is skipped without being decoded, which is most of a big schedule's bytes.
 *
 * <p>A slot holds the value as the file wrote it (a text, a number, an object where a text belongs...)
 * so the reader can judge and report it. Slots rather than a tree keyed by name: a map per event,
 * and one per person, cost more than the rest of reading the event.
 */
final class EventFields {

    static final int ID = 0;
    static final int GUID = 1;
    static final int CODE = 2;
    static final int SLUG = 3;
    static final int TITLE = 4;
    static final int SUBTITLE = 5;
    static final int TYPE = 6;
    static final int LANGUAGE = 7;
    static final int URL = 8;
    static final int ABSTRACT = 9;
    static final int DESCRIPTION = 10;
    static final int TRACK = 11;
    static final int ROOM = 12;
    static final int DATE = 13;
    static final int START = 14;
    static final int END = 15;
    static final int DURATION = 16;
    static final int STATE = 17;
    static final int CANCELLED = 18;
    static final int PERSONS = 19;
    static final int PARTICIPANTS = 20;
    static final int LINKS = 21;
    static final int ATTACHMENTS = 22;
    private static final int SLOTS = 23;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The names of the slots, as the file writes them; for problem locations. */
    static final String[] NAMES = {"id", "guid", "code", "slug", "title", "subtitle", "type", "language", "url",
        "abstract", "description", "track", "room", "date", "start", "end", "duration", "state", "cancelled", "persons",
        "participants", "links", "attachments"};

    private final JsonNode[] values = new JsonNode[SLOTS];
    /** The abstract and the description when left as the file's bytes. */
    private final UndecodedString[] undecoded = new UndecodedString[2];
    @SuppressWarnings("unchecked")
    private final List<Item>[] lists = new List[SLOTS];

    private EventFields() {
    }

    /**
     * Reads the object the parser stands on (its START_OBJECT) up to its END_OBJECT. With the bytes
     * the parser reads ({@code source}, null when it reads decoded text), a plain abstract or
     * description is left undecoded.
     */
    static EventFields read(JsonParser p, JsonFactory factory, byte[] source) throws IOException {
        EventFields event = new EventFields();
        int skipping = -1; // the slot of a string the parser is skipping undecoded
        int open = 0;
        while (true) {
            JsonToken token = p.nextToken();
            if (skipping >= 0) {
                int next = (int) p.currentTokenLocation().getByteOffset();
                event.undecoded[skipping - ABSTRACT] = UndecodedString.skipped(factory, source, open, next);
                skipping = -1;
            }
            if (token != JsonToken.FIELD_NAME) {
                return event;
            }
            int slot = slot(p.currentName());
            JsonToken value = p.nextToken();
            if (slot < 0) {
                p.skipChildren();
                continue;
            }
            event.values[slot] = null;
            event.lists[slot] = null;
            if (slot == ABSTRACT || slot == DESCRIPTION) {
                event.undecoded[slot - ABSTRACT] = null;
                if (source != null && value == JsonToken.VALUE_STRING) {
                    skipping = slot;
                    open = (int) p.currentTokenLocation().getByteOffset();
                    continue; // the parser skips the string, its bytes are taken once it has
                }
            }
            if (value == JsonToken.START_ARRAY && slot >= PERSONS) {
                event.lists[slot] = readItems(p);
            } else {
                event.values[slot] = value(p, value);
            }
        }
    }

    /** The abstract's or description's bytes when they were left undecoded ({@code get} is null then); else null. */
    UndecodedString undecoded(int slot) {
        return slot == ABSTRACT || slot == DESCRIPTION ? undecoded[slot - ABSTRACT] : null;
    }

    /** The field's value; null when the event has no such field. A list of people or links is not here but in {@link #list}. */
    JsonNode get(int slot) {
        return values[slot];
    }

    /** The items of a people or links list; null when the field is missing or is not a list (then {@link #get} has it). */
    List<Item> list(int slot) {
        return lists[slot];
    }

    private static int slot(String name) {
        return switch (name) {
            case "id" -> ID;
            case "guid" -> GUID;
            case "code" -> CODE;
            case "slug" -> SLUG;
            case "title" -> TITLE;
            case "subtitle" -> SUBTITLE;
            case "type" -> TYPE;
            case "language" -> LANGUAGE;
            case "url" -> URL;
            case "abstract" -> ABSTRACT;
            case "description" -> DESCRIPTION;
            case "track" -> TRACK;
            case "room" -> ROOM;
            case "date" -> DATE;
            case "start" -> START;
            case "end" -> END;
            case "duration" -> DURATION;
            case "state" -> STATE;
            case "cancelled" -> CANCELLED;
            case "persons" -> PERSONS;
            case "participants" -> PARTICIPANTS;
            case "links" -> LINKS;
            case "attachments" -> ATTACHMENTS;
            default -> -1;
        };
    }

    private static List<Item> readItems(JsonParser p) throws IOException {
        List<Item> items = new ArrayList<>(4);
        JsonToken t;
        while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
            items.add(t == JsonToken.START_OBJECT ? Item.read(p) : Item.notAnObject(value(p, t)));
        }
        return items;
    }

    /** Scalars are made directly (the mapper's tree reading costs more per value); containers through it. */
    static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? NODES.numberNode(p.getBigIntegerValue()) : NODES.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> {
                JsonNode tree = p.readValueAsTree();
                yield tree == null ? NODES.nullNode() : tree;
            }
        };
    }

    /**
     * One entry of a people or links list. An object's fields are kept as texts (a number is its
     * digits; null, an object or a list is empty), its link title as written (it may be localised).
     * Anything but an object is kept whole in {@link #other}.
     */
    static final class Item {
        String publicName = "";
        String name = "";
        String fullPublicName = "";
        String fullName = "";
        String role = "";
        String affiliation = "";
        String url = "";
        String href = "";
        JsonNode title;
        /** The entry when it is not an object (a plain name or URL, or something unreadable); null for an object. */
        final JsonNode other;

        private Item(JsonNode other) {
            this.other = other;
        }

        static Item notAnObject(JsonNode value) {
            return new Item(value);
        }

        static Item read(JsonParser p) throws IOException {
            Item item = new Item(null);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "public_name" -> item.publicName = scalar(p, value);
                    case "name" -> item.name = scalar(p, value);
                    case "full_public_name" -> item.fullPublicName = scalar(p, value);
                    case "full_name" -> item.fullName = scalar(p, value);
                    case "role" -> item.role = scalar(p, value);
                    case "affiliation" -> item.affiliation = scalar(p, value);
                    case "url" -> item.url = scalar(p, value);
                    case "href" -> item.href = scalar(p, value);
                    case "title" -> item.title = value(p, value);
                    default -> p.skipChildren();
                }
            }
            return item;
        }

        /** A scalar's text, stripped; empty for null, an object or a list. */
        private static String scalar(JsonParser p, JsonToken t) throws IOException {
            if (t == JsonToken.VALUE_NULL) {
                return "";
            }
            if (t.isScalarValue()) {
                return t == JsonToken.VALUE_NUMBER_FLOAT ? p.getDecimalValue().toString() : p.getText().strip();
            }
            p.skipChildren();
            return "";
        }
    }
}
