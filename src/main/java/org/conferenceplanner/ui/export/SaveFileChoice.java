package org.conferenceplanner.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a save dialog's answers into the file to write. The platform's dialog asks before replacing
 * the file the user named; but when the user typed a name without the extension, the extension is
 * added here ("plan" becomes "plan.ics"), and that file may exist without anyone having asked. Then
 * this asks; "no" opens the dialog again proposing that name, so the user can pick another, as the
 * platform's own question does. No JavaFX: the dialog and the question are passed in. FX thread.
 */
final class SaveFileChoice {

    /** Shows the save dialog; empty when the user cancels. */
    @FunctionalInterface
    interface Dialog {
        Optional<Path> show(SaveRequest request);
    }

    /** Asks whether to replace an existing file; true to replace it. */
    @FunctionalInterface
    interface ReplaceQuestion {
        boolean replace(Path existing);
    }

    private SaveFileChoice() {
    }

    /** The file to write, with the request's extension; empty when the user cancelled. */
    static Optional<Path> choose(SaveRequest request, Dialog dialog, ReplaceQuestion question) {
        SaveRequest next = request;
        while (true) {
            Optional<Path> chosen = dialog.show(next);
            if (chosen.isEmpty()) {
                return Optional.empty();
            }
            Path file = next.withExtension(chosen.get());
            boolean platformAsked = file.equals(chosen.get());
            if (platformAsked || !Files.exists(file) || question.replace(file)) {
                return Optional.of(file);
            }
            next = next.proposing(file);
        }
    }
}
