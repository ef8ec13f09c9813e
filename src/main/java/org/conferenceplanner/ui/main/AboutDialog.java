package org.conferenceplanner.ui.main;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Help › About: the name and version. */
public final class AboutDialog {

    private AboutDialog() {
    }

    public static void show(Window owner, String name, String version, String description) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        org.conferenceplanner.ui.infra.DialogStyles.follow(about.getDialogPane(), owner);
        about.setTitle(name);
        about.setHeaderText(name + " " + version);
        about.setContentText(description);
        about.show();
    }
}
