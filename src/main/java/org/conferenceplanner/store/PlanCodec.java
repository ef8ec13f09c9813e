package org.conferenceplanner.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.store.dto.PlanFileDto;

/**
 * Plan ↔ JSON bytes. Decoding never throws: damaged bytes give {@link PlanDecoding.Damaged} with a reason
 * for the user. Older schema versions are migrated on the JSON tree before binding. Encoding carries the
 * unknown fields of the file it was read from. Thread-safe.
 */
final class PlanCodec {

    private final ObjectMapper mapper = StoreJson.mapper();

    byte[] encode(Plan plan, PlanFileDto carry, Instant savedAt) {
        PlanFileDto dto = PlanMapping.toDto(plan, carry);
        dto.savedAt = savedAt.toString();
        try {
            return mapper.writeValueAsBytes(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan DTO always serialises", e);
        }
    }

    PlanDecoding decode(byte[] bytes, String conferenceId) {
        if (bytes.length == 0 || isBlank(bytes)) {
            return new PlanDecoding.Damaged("it is empty");
        }
        if (!isText(bytes)) {
            return new PlanDecoding.Damaged("it is not a text file");
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (IOException e) {
            return new PlanDecoding.Damaged("it is not complete JSON" + where(e) + "; it was probably cut short");
        }
        if (tree == null || !tree.isObject()) {
            return new PlanDecoding.Damaged("it does not hold a plan");
        }
        int version = tree.path("schemaVersion").asInt(1);
        if (version < 1) {
            return new PlanDecoding.Damaged("its schemaVersion " + tree.path("schemaVersion") + " is not valid");
        }
        if (version > PlanFileDto.SCHEMA_VERSION) {
            return new PlanDecoding.Newer(bestEffort(tree, conferenceId), version);
        }
        if (version == 1) {
            PlanMigrations.v1ToV2((ObjectNode) tree);
        }
        try {
            PlanFileDto dto = mapper.treeToValue(tree, PlanFileDto.class);
            Plan plan = PlanMapping.toPlan(dto, conferenceId);
            return new PlanDecoding.Decoded(plan, dto, version);
        } catch (IOException | RuntimeException e) {
            return new PlanDecoding.Damaged("it holds a value this app cannot read" + field(e));
        }
    }

    /** A plan from a newer file, read as far as this version understands it; empty when that fails. */
    private Plan bestEffort(JsonNode tree, String conferenceId) {
        try {
            return PlanMapping.toPlan(mapper.treeToValue(tree, PlanFileDto.class), conferenceId);
        } catch (IOException | RuntimeException e) {
            return Plan.empty(conferenceId);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean isText(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String where(IOException e) {
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null && jpe.getLocation().getLineNr() > 0) {
            return " (line " + jpe.getLocation().getLineNr() + ")";
        }
        return "";
    }

    private static String field(Exception e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException jme && !jme.getPath().isEmpty()) {
            return " in " + jme.getPathReference().replace("org.conferenceplanner.store.dto.", "");
        }
        return e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
    }
}
