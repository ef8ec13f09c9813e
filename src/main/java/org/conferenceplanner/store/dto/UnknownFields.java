package org.conferenceplanner.store.dto;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Base of every DTO: fields this version does not know, kept as read and written back. Not thread-safe. */
public abstract class UnknownFields {

    private final Map<String, JsonNode> other = new LinkedHashMap<>();

    @JsonAnySetter
    public void putOther(String name, JsonNode value) {
        other.put(name, value);
    }

    @JsonAnyGetter
    public Map<String, JsonNode> other() {
        return other;
    }
}
