package org.conferenceplanner.store.dto;

import java.util.ArrayList;
import java.util.List;

/** {@code programs/index.json}: the programs the app keeps copies of. */
public final class ProgramIndexDto extends UnknownFields {
    public static final int SCHEMA_VERSION = 1;

    public int schemaVersion = SCHEMA_VERSION;
    public List<ProgramDto> programs = new ArrayList<>();

    /** One kept program; times are ISO-8601 instants, {@code file} is relative to the programs folder. */
    public static final class ProgramDto extends UnknownFields {
        public String conferenceId;
        public String title;
        public String file;
        public String originalName;
        public String sha256;
        public String importedAt;
        public String lastOpened;
    }
}
