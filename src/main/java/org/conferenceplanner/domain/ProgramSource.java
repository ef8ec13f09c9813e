package org.conferenceplanner.domain;

import java.util.Objects;

/**
 * Where a program came from. Its bytes' digest is the store's business ({@code ProgramLibrary} keeps
 * the copy and hashes it once), not the import's: hashing costs as much as parsing.
 *
 * @param name    the file name or resource name shown to the user
 * @param format  the detected format
 * @param version the source's own version string, empty when it has none
 */
public record ProgramSource(String name, ProgramFormat format, String version) {
    public ProgramSource {
        name = Objects.requireNonNullElse(name, "");
        Objects.requireNonNull(format, "format");
        version = Objects.requireNonNullElse(version, "");
    }
}
