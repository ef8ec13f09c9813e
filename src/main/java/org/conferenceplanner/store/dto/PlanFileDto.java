package org.conferenceplanner.store.dto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan file, {@code plans/<conference>.json}. Schema history:
 * <ul>
 *   <li>1: {@code conferenceId} and {@code sessions}, each {@code {id, must, note, addedAt}} (no attended
 *       mark, no snapshot of the session, no export record).</li>
 *   <li>2: {@code entries} ({@link PlanEntryDto}) and {@code exports} ({@link ExportedStateDto} by session id).</li>
 * </ul>
 * Times are ISO-8601 instants as strings, days ISO dates, so the file reads without extra modules.
 */
public final class PlanFileDto extends UnknownFields {
    public static final int SCHEMA_VERSION = 2;

    public int schemaVersion = SCHEMA_VERSION;
    public String conferenceId;
    public String savedAt;
    public List<PlanEntryDto> entries = new ArrayList<>();
    public Map<String, ExportedStateDto> exports = new LinkedHashMap<>();
}
