package org.conferenceplanner.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's save dialog. FX thread. */
public final class FxSaveFilePicker implements SaveFilePicker {

    @Override
    public Optional<Path> choose(Window owner, SaveRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        chooser.setInitialFileName(request.fileName());
        request.folder().filter(Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(request.filterLabel(), "*." + request.extension()));
        File file = chooser.showSaveDialog(owner);
        return file == null ? Optional.empty() : Optional.of(request.withExtension(file.toPath()));
    }
}
