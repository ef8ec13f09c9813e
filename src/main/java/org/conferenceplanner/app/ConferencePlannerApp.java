package org.conferenceplanner.app;

import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.conferenceplanner.ui.main.MainWindow;

/** The JavaFX application: builds the window from the composition root, shows it, then opens the program. */
public final class ConferencePlannerApp extends Application {

    private WindowEnvironment env;

    @Override
    public void start(Stage stage) {
        StartArguments args = StartArguments.parse(getParameters().getRaw()).orElse(new StartArguments(null, List.of()));
        env = CompositionRoot.windowEnvironment(getHostServices(), args.dataDir());
        MainWindow window = CompositionRoot.mainWindow(stage, env);
        window.show();
        StartupProbe.fromSystemProperties().ifPresent(probe -> probe.watch(stage));
        window.viewModel().programs().start(args.files());
    }

    /** Writes the plan and settings changes still pending before the process ends. */
    @Override
    public void stop() {
        if (env != null) {
            env.plans().flush();
            env.settings().flush();
        }
    }
}
