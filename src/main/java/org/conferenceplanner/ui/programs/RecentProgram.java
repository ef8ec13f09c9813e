package org.conferenceplanner.ui.programs;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A program the user opened before: its title and where to read it again.
 *
 * @param file         the program file (or the app's kept copy of it), null for the program built into the app
 * @param originalName the name of the file the user opened, for the Recent list; empty when unknown
 */
public record RecentProgram(String title, Path file, String originalName) {

    public RecentProgram {
        title = Objects.requireNonNullElse(title, "");
        originalName = Objects.requireNonNullElse(originalName, "");
    }

    public static RecentProgram embedded(String title) {
        return new RecentProgram(title, null, "");
    }

    public static RecentProgram file(Path file) {
        return new RecentProgram("", file, file.getFileName() == null ? "" : file.getFileName().toString());
    }

    public boolean isEmbedded() {
        return file == null;
    }

    public Optional<Path> fileIfAny() {
        return Optional.ofNullable(file);
    }
}
