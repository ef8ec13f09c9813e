package org.conferenceplanner.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a JSON object whose values are all strings, numbers, booleans or null with Jackson's streaming
 * parser, giving the same map as the store's {@code ObjectMapper} would (ints as Integer, Long or
 * BigInteger, decimals as Double) under the same rules (duplicate keys and trailing tokens are errors).
 * Why: the settings file is read while the window is built, and setting up a data-binding mapper costs
 * more than the window's first 100 ms; the streaming parser is a small part of that. Stateless.
 */
final class FlatJsonObject {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private FlatJsonObject() {
    }

    /**
     * The object's entries in file order; empty when some value is an object or an array (the caller
     * reads such a file with the mapper). Throws for anything that is not one well-formed JSON object.
     */
    static Optional<Map<String, Object>> read(byte[] json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("no JSON object");
            }
            Map<String, Object> map = new LinkedHashMap<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                switch (value) {
                    case VALUE_STRING -> map.put(key, p.getText());
                    case VALUE_NUMBER_INT -> map.put(key, p.getNumberValue());
                    case VALUE_NUMBER_FLOAT -> map.put(key, p.getDoubleValue());
                    case VALUE_TRUE, VALUE_FALSE -> map.put(key, p.getBooleanValue());
                    case VALUE_NULL -> map.put(key, null);
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            if (p.nextToken() != null) {
                throw new IOException("more after the JSON object");
            }
            return Optional.of(map);
        }
    }
}
