package org.conferenceplanner.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.conferenceplanner.ui.main.MainWindow;

/** The JavaFX application: builds the window from the composition root, shows it, then opens the program. */
public final class ConferencePlannerApp extends Application {

    @Override
    public void start(Stage stage) {
        WindowEnvironment env = CompositionRoot.windowEnvironment(getHostServices());
        MainWindow window = CompositionRoot.mainWindow(stage, env);
        window.show();
        window.viewModel().programs().start(getParameters().getRaw());
    }
}
