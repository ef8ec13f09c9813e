package org.conferenceplanner.domain;

import java.util.Objects;

/**
 * Where a program came from.
 *
 * @param name    the file name or resource name shown to the user
 * @param format  the detected format
 * @param version the source's own version string, empty when it has none
 * @param sha256  hex digest of the bytes read, so a re-import of identical bytes is recognised
 */
public record ProgramSource(String name, ProgramFormat format, String version, String sha256) {
    public ProgramSource {
        name = Objects.requireNonNullElse(name, "");
        Objects.requireNonNull(format, "format");
        version = Objects.requireNonNullElse(version, "");
        sha256 = Objects.requireNonNullElse(sha256, "");
    }
}
