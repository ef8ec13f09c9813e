package org.conferenceplanner.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a save dialog is opened with: its title, the folder and file name it proposes, and the kind of
 * file (for the filter and the extension a typed name gets). Immutable.
 *
 * @param folder    the folder to start in; empty to let the platform choose (the home folder)
 * @param fileName  the proposed name, with its extension ("SC12 plan.ics")
 * @param extension without the dot ("ics")
 */
public record SaveRequest(String title, Optional<Path> folder, String fileName, String filterLabel, String extension) {

    public SaveRequest {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(filterLabel, "filterLabel");
        Objects.requireNonNull(extension, "extension");
    }

    /** The same request opened again on {@code file}: its folder and its name. */
    public SaveRequest proposing(Path file) {
        return new SaveRequest(title, Optional.ofNullable(file.toAbsolutePath().getParent()),
                String.valueOf(file.getFileName()), filterLabel, extension);
    }

    /** The chosen file with this request's extension added when the user typed a name without it. */
    public Path withExtension(Path chosen) {
        String name = String.valueOf(chosen.getFileName());
        if (name.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            return chosen;
        }
        return chosen.resolveSibling(name + "." + extension);
    }
}
