package org.conferenceplanner.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application: builds the window from the composition root. */
public final class ConferencePlannerApp extends Application {

    @Override
    public void start(Stage stage) {
        AppInfo info = AppInfo.load();
        stage.setTitle(info.name());
        stage.setScene(new Scene(new StackPane(new Label("Conference Planner " + info.version()
                + ": the window arrives with the main-window issue.")), 800, 500));
        stage.show();
    }
}
