package org.conferenceplanner.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A program the app has imported and keeps a copy of.
 *
 * @param conferenceId the conference's id; the library keeps one program per id (the newest import)
 * @param title        the conference title, for the Recent list
 * @param file         the app's own copy, in the data directory; open this one
 * @param originalName the name of the file the user imported
 * @param sha256       digest of the copy's bytes: the same digest means the same version
 * @param importedAt   when this version was imported
 * @param lastOpened   when it was last opened
 */
public record KnownProgram(String conferenceId, String title, Path file, String originalName, String sha256,
        Instant importedAt, Instant lastOpened) {

    public KnownProgram {
        Objects.requireNonNull(conferenceId, "conferenceId");
        title = Objects.requireNonNullElse(title, "");
        Objects.requireNonNull(file, "file");
        originalName = Objects.requireNonNullElse(originalName, "");
        sha256 = Objects.requireNonNullElse(sha256, "");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(lastOpened, "lastOpened");
    }
}
