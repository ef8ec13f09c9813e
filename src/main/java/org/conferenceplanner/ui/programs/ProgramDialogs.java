package org.conferenceplanner.ui.programs;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The dialogs a view model may ask for. View models never build windows themselves; the app passes
 * the real implementation, tests a recording one. FX thread.
 */
public interface ProgramDialogs {

    /** Asks for a program file to open; empty when the user cancels. */
    Optional<Path> chooseProgramFile();

    /** Shows what went wrong (or was repaired) while reading a program. */
    void showImportReport(ImportReport report);
}
