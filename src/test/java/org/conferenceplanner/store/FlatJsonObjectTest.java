package org.conferenceplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings file's fast read gives what the store's mapper gives, and refuses what it refuses. */
class FlatJsonObjectTest {

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> mapped(String text) throws IOException {
        return StoreJson.mapper().readValue(json(text), new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    @Test
    void aFlatObjectReadsAsTheMapperReadsIt() throws IOException {
        String text = "{\"window.width\": 1280.5, \"window.maximized\": true, \"view.theme\": \"dark\",\n"
                + " \"reminder\": 10, \"big\": 12345678901, \"huge\": 123456789012345678901234567890,"
                + " \"neg\": -2e3, \"gone\": null, \"esc\": \"a\\\"b\\u00e9\"}";
        Map<String, Object> read = FlatJsonObject.read(json(text)).orElseThrow();
        assertThat(read).isEqualTo(mapped(text));
        assertThat(read.keySet()).containsExactly("window.width", "window.maximized", "view.theme", "reminder", "big",
                "huge", "neg", "gone", "esc");
        assertThat(read.get("reminder")).isInstanceOf(Integer.class);
        assertThat(read.get("big")).isInstanceOf(Long.class);
    }

    @Test
    void nestedValuesAreLeftToTheMapper() throws IOException {
        assertThat(FlatJsonObject.read(json("{\"a\": 1, \"future\": {\"nested\": [1]}}"))).isEmpty();
        assertThat(FlatJsonObject.read(json("{\"list\": [1, 2]}"))).isEmpty();
        assertThat(FlatJsonObject.read(json("{}"))).hasValue(Map.of());
    }

    @Test
    void refusesWhatTheMapperRefuses() {
        for (String bad : new String[] {"{\"a\": 1, \"a\": 2}", "{\"a\": 1} {}", "{\"a\": 1", "[1]", "null", "",
                "{\"a\": tru}"}) {
            assertThatThrownBy(() -> FlatJsonObject.read(json(bad))).as(bad).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> {
                if (mapped(bad) == null) {
                    throw new IOException("null");
                }
            }).as(bad).isInstanceOf(IOException.class);
        }
    }
}
