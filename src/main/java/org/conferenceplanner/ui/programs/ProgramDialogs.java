package org.conferenceplanner.ui.programs;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The dialogs a view model may ask for. View models never build windows themselves; the app passes
 * the real implementation, tests a recording one. FX thread.
 */
public interface ProgramDialogs {

    /** Asks for a program file to open; empty when the user cancels. */
    Optional<Path> chooseProgramFile();

    /** Shows what went wrong (or was repaired) while reading a program. */
    void showImportReport(ImportReport report);

    /**
     * Shows what a newer version of a program did to the user's picks and lets them drop some. Returns
     * at once; {@code dropped} gets the plan ids to remove when the user is done (empty: keep all).
     * Without this dialog every pick is kept.
     */
    default void reviewUpdate(UpdateReview review, Consumer<Set<String>> dropped) {
    }

    /**
     * Asks whether a program opened under a new conference id is a new version of a conference the
     * user has picks in. Returns at once; {@code answer} gets true to carry the plan over, false to keep
     * them apart. Without this dialog the answer is no: nothing moves unasked.
     */
    default void confirmNewVersion(NewVersionQuestion question, Consumer<Boolean> answer) {
        answer.accept(false);
    }
}
