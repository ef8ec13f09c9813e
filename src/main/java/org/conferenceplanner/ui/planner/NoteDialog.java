package org.conferenceplanner.ui.planner;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.conferenceplanner.ui.infra.DialogStyles;
import org.conferenceplanner.ui.infra.Messages;

/** Asks for a pick's note ("Edit Note…" in the planner's context menu): a small text area, OK and Cancel. FX thread. */
final class NoteDialog {

    private final Dialog<String> dialog = new Dialog<>();

    NoteDialog(Window owner, Messages m, String sessionTitle, String note) {
        dialog.initOwner(owner);
        dialog.setTitle(m.get("planner.noteDialog.title"));
        dialog.setHeaderText(sessionTitle);
        TextArea area = new TextArea(note);
        area.setId("note-dialog-text");
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.setPrefColumnCount(32);
        area.setAccessibleText(m.get("planner.noteDialog.title"));
        dialog.getDialogPane().setContent(area);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        DialogStyles.follow(dialog.getDialogPane(), owner);
        dialog.setResultConverter(b -> b == ButtonType.OK ? area.getText() : null);
        dialog.setOnShown(e -> area.requestFocus());
    }

    /** The new note, empty when the user cancelled. */
    Optional<String> ask() {
        return dialog.showAndWait();
    }
}
