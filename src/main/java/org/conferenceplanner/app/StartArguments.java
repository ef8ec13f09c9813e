package org.conferenceplanner.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arguments that start the window rather than the command line: nothing, or one existing program
 * file (what "Open with" passes), either optionally with {@code --data-dir DIR} (or {@code --data-dir=DIR}).
 * Anything else is for the command line. Immutable.
 *
 * @param dataDir the {@code --data-dir} value, null when not given
 * @param files   the program file to open, or none
 */
record StartArguments(Path dataDir, List<String> files) {

    static final String DATA_DIR = "--data-dir";

    StartArguments {
        files = List.copyOf(files);
    }

    /** The window's start, or empty when the arguments are a command. */
    static Optional<StartArguments> parse(List<String> args) {
        Path dataDir = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(DATA_DIR) && i + 1 < args.size() && dataDir == null) {
                dataDir = Path.of(args.get(++i));
            } else if (a.startsWith(DATA_DIR + "=") && dataDir == null) {
                dataDir = Path.of(a.substring(DATA_DIR.length() + 1));
            } else {
                rest.add(a);
            }
        }
        if (rest.isEmpty()) {
            return Optional.of(new StartArguments(dataDir, rest));
        }
        if (rest.size() == 1 && !rest.get(0).startsWith("-") && Files.isRegularFile(Path.of(rest.get(0)))) {
            return Optional.of(new StartArguments(dataDir, rest));
        }
        return Optional.empty();
    }
}
