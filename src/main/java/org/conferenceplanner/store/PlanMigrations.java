package org.conferenceplanner.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.conferenceplanner.store.dto.PlanFileDto;

/**
 * Rewrites the JSON tree of an older plan file into the current schema, in place, before it is bound to
 * the DTOs. Fields a migration does not know are left where they are (and so kept). Stateless.
 */
final class PlanMigrations {

    private PlanMigrations() {
    }

    /** Version 1: {@code sessions: [{id, must, note, addedAt}]} became {@code entries} with priority and a snapshot. */
    static void v1ToV2(ObjectNode root) {
        ArrayNode entries = root.putArray("entries");
        JsonNode sessions = root.remove("sessions");
        if (sessions != null && sessions.isArray()) {
            for (JsonNode old : sessions) {
                if (!old.isObject()) {
                    continue;
                }
                ObjectNode e = ((ObjectNode) old).deepCopy();
                JsonNode id = e.remove("id");
                JsonNode must = e.remove("must");
                e.set("sessionId", id);
                e.put("priority", must == null || must.asBoolean(true) ? "MUST" : "MAYBE");
                if (!e.has("attended")) {
                    e.put("attended", false);
                }
                // Version 1 kept no snapshot: the session's id is all that is known until the program is opened.
                e.putObject("lastKnown").set("id", id);
                entries.add(e);
            }
        }
        if (!root.has("exports")) {
            root.putObject("exports");
        }
        root.put("schemaVersion", PlanFileDto.SCHEMA_VERSION);
    }
}
