package org.conferenceplanner.app;

import java.util.Arrays;
import java.util.List;
import javafx.application.Application;

/**
 * The jar's entry point. It must not extend {@link Application}: a shaded jar whose main class is an
 * Application refuses to start without JavaFX on the module path. No arguments, or a single existing
 * file (what "Open with" passes), either with an optional {@code --data-dir DIR}, starts the window
 * ({@link StartArguments}); {@value TrainingStart#OPTION} is the packaging's AppCDS training start;
 * anything else is the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && TrainingStart.OPTION.equals(args[0])) {
            System.exit(new TrainingStart(Arrays.asList(args).subList(1, args.length)).run());
        } else if (startsWindow(args)) {
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
