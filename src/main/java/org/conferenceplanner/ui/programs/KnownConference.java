package org.conferenceplanner.ui.programs;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A conference the app has opened before and where to read it again: what a program with a new
 * conference id is compared with, to recognise a newer version of it. Immutable.
 *
 * @param conferenceId the id its program gave it (its plan is saved under this id)
 * @param title        the conference title
 * @param file         where to read the program again (the app's kept copy)
 */
public record KnownConference(String conferenceId, String title, Path file) {

    public KnownConference {
        Objects.requireNonNull(conferenceId, "conferenceId");
        title = Objects.requireNonNullElse(title, "");
        Objects.requireNonNull(file, "file");
    }
}
