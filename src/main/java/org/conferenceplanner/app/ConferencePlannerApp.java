package org.conferenceplanner.app;

import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.conferenceplanner.ui.main.MainWindow;

/**
 * The JavaFX application: starts reading the settings ({@link StartupRead}), builds the window from
 * the composition root meanwhile, shows it, then opens the program (read by the same thread).
 */
public final class ConferencePlannerApp extends Application {

    private StartArguments args;
    private StartupRead early;
    private WindowEnvironment env;

    /** Launcher thread, while the FX thread is free: starts reading the settings and the program. */
    @Override
    public void init() {
        args = StartArguments.parse(getParameters().getRaw()).orElse(new StartArguments(null, List.of()));
        early = CompositionRoot.startupRead(args);
    }

    @Override
    public void start(Stage stage) {
        env = CompositionRoot.windowEnvironment(getHostServices(), early);
        MainWindow window = CompositionRoot.mainWindow(stage, env);
        window.show();
        early.windowShown();
        early = null;
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
