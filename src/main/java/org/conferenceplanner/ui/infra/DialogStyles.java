package org.conferenceplanner.ui.infra;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** Gives a dialog the window's stylesheets and theme, so a dark window does not open light dialogs. */
public final class DialogStyles {

    private DialogStyles() {
    }

    public static void follow(DialogPane pane, Window owner) {
        Scene scene = owner == null ? null : owner.getScene();
        if (scene == null) {
            return;
        }
        pane.getStylesheets().setAll(scene.getStylesheets());
        if (scene.getRoot().getStyleClass().contains(Styles.THEME_DARK)) {
            pane.getStyleClass().add(Styles.THEME_DARK);
        }
    }
}
