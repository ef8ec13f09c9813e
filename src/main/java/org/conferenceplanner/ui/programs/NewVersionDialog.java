package org.conferenceplanner.ui.programs;

import java.util.function.Consumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.conferenceplanner.ui.infra.DialogStyles;
import org.conferenceplanner.ui.infra.Styles;

/**
 * Asks whether a program opened under a new conference id is a new version of a known one. Returns
 * from {@link #show} at once; the answer arrives when the dialog closes, and closing it any other way
 * than with "yes" answers no (nothing moves unasked). FX thread.
 */
public final class NewVersionDialog extends Dialog<Boolean> {

    public NewVersionDialog(Window owner, NewVersionQuestion question, Consumer<Boolean> answer) {
        initOwner(owner);
        setTitle(question.title());
        getDialogPane().setId("new-version");
        DialogStyles.follow(getDialogPane(), owner);
        Label asked = new Label(question.question());
        asked.setId("new-version-question");
        asked.getStyleClass().add(Styles.HEADING);
        asked.setWrapText(true);
        Label detail = new Label(question.detail());
        detail.setId("new-version-detail");
        detail.setWrapText(true);
        getDialogPane().setContent(new VBox(10, asked, detail));
        getDialogPane().setPrefWidth(560);
        ButtonType yes = new ButtonType(question.yes(), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(question.no(), ButtonBar.ButtonData.NO);
        getDialogPane().getButtonTypes().addAll(yes, no);
        setResultConverter(button -> button == yes);
        setOnHidden(e -> answer.accept(Boolean.TRUE.equals(getResult())));
    }
}
