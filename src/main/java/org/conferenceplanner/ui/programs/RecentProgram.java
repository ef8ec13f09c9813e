package org.conferenceplanner.ui.programs;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A program the user opened before: its title and where to read it again.
 *
 * @param file the program file (or the kept copy of it), null for the program built into the app
 */
public record RecentProgram(String title, Path file) {

    public RecentProgram {
        title = Objects.requireNonNullElse(title, "");
    }

    public static RecentProgram embedded(String title) {
        return new RecentProgram(title, null);
    }

    public boolean isEmbedded() {
        return file == null;
    }

    public Optional<Path> fileIfAny() {
        return Optional.ofNullable(file);
    }
}
