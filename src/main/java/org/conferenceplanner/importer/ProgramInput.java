package org.conferenceplanner.importer;

import java.util.Objects;

/**
 * The bytes of one program file and the name to report problems under. Importers read bytes, not
 * paths, so the size limit and the one read of the disk live in {@link ProgramReader}.
 */
public record ProgramInput(String name, byte[] bytes) {
    public ProgramInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }
}
