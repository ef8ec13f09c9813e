package org.conferenceplanner.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.conferenceplanner.ui.infra.DialogStyles;
import org.conferenceplanner.ui.infra.Messages;

/**
 * The platform's save dialog, plus the one question it cannot ask: whether to replace the existing
 * file a typed name means once its extension is added ({@link SaveFileChoice}). FX thread.
 */
public final class FxSaveFilePicker implements SaveFilePicker {

    private final Messages m;

    public FxSaveFilePicker(Messages m) {
        this.m = Objects.requireNonNull(m, "m");
    }

    @Override
    public Optional<Path> choose(Window owner, SaveRequest request) {
        return SaveFileChoice.choose(request, r -> show(owner, r), file -> replace(owner, file));
    }

    private static Optional<Path> show(Window owner, SaveRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        chooser.setInitialFileName(request.fileName());
        request.folder().filter(Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(request.filterLabel(), "*." + request.extension()));
        File file = chooser.showSaveDialog(owner);
        return file == null ? Optional.empty() : Optional.of(file.toPath());
    }

    private boolean replace(Window owner, Path file) {
        ButtonType replace = new ButtonType(m.get("export.replace.button"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", replace, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(m.get("export.replace.title"));
        alert.setHeaderText(m.get("export.replace.question", String.valueOf(file.getFileName()), file.getParent()));
        alert.setContentText(m.get("export.replace.detail"));
        // Cancel is the default: Enter must not destroy a file by accident.
        ((Button) alert.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        DialogStyles.follow(alert.getDialogPane(), owner);
        return alert.showAndWait().filter(replace::equals).isPresent();
    }
}
