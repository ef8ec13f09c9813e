package org.conferenceplanner.importer.frabjson;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.conferenceplanner.importer.IsoDateTimes;

/** Small readings of JSON values that every part of the importer needs, written once. */
final class JsonValues {

    private JsonValues() {
    }

    /** "an object", "a number"...: what a value is, for messages. */
    static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "missing";
        }
        return switch (n.getNodeType()) {
            case OBJECT, POJO -> "an object";
            case ARRAY -> "a list";
            case STRING -> "a text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
            default -> "a " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String kind(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> t.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /**
     * A text that may be localised, as schema v2 allows ({@code {"en": "...", "de": "..."}}): the
     * wanted language, else English, else the first text given.
     */
    static String localized(JsonNode n, String language) {
        if (n == null || n.isNull()) {
            return "";
        }
        if (n.isValueNode()) {
            return n.asText();
        }
        if (!n.isObject()) {
            return "";
        }
        for (String key : new String[] {language, "en"}) {
            JsonNode v = n.get(key);
            if (v != null && v.isTextual() && !v.textValue().isBlank()) {
                return v.textValue();
            }
        }
        for (Map.Entry<String, JsonNode> entry : n.properties()) {
            JsonNode v = entry.getValue();
            if (v.isTextual() && !v.textValue().isBlank()) {
                return v.textValue();
            }
        }
        return "";
    }

    /** An ISO date-time with offset ({@code 2025-12-27T10:30:00+01:00}); a space for the T is forgiven. */
    static OffsetDateTime offsetDateTime(String text) {
        OffsetDateTime common = IsoDateTimes.parseCommonForm(text);
        if (common != null) {
            return common;
        }
        try {
            return OffsetDateTime.parse(withT(text));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An ISO date-time without offset, or null. */
    static LocalDateTime localDateTime(String text) {
        try {
            return LocalDateTime.parse(withT(text));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String withT(String text) {
        String t = text.strip();
        return t.length() > 10 && t.charAt(10) == ' ' ? t.substring(0, 10) + 'T' + t.substring(11) : t;
    }
}
