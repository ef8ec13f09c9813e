package org.conferenceplanner.ui.export;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the user where to save a file. The app wires the platform's save dialog ({@link FxSaveFilePicker});
 * tests pass one that answers at once, so no native dialog opens. FX thread.
 */
@FunctionalInterface
public interface SaveFilePicker {

    /** The file chosen (the platform has asked before replacing an existing one); empty when the user cancels. */
    Optional<Path> choose(Window owner, SaveRequest request);
}
