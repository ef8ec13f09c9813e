package org.conferenceplanner.app;

import java.util.List;
import javafx.application.Application;

/**
 * The jar's entry point. It must not extend {@link Application}: a shaded jar whose main class is an
 * Application refuses to start without JavaFX on the module path. No arguments, or a single existing
 * file (what "Open with" passes), either with an optional {@code --data-dir DIR}, starts the window
 * ({@link StartArguments}); anything else is the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (startsWindow(args)) {
            Application.launch(ConferencePlannerApp.class, args);
        } else {
            int code = CompositionRoot.commandLine(System.getenv()).execute(args);
            System.exit(code);
        }
    }

    static boolean startsWindow(String[] args) {
        return StartArguments.parse(List.of(args)).isPresent();
    }
}
