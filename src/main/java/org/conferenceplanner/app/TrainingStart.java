package org.conferenceplanner.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramReader;

/**
 * The starts {@code packaging/build-image.sh} records the AppCDS class list from
 * ({@code -XX:DumpLoadedClassList}): {@value #OPTION} {@code [--open PROGRAM] [SAMPLE...]} opens the
 * window as a start would (on {@code PROGRAM}, as "Open with" does, else on the last program or the
 * embedded one), exits after the first frame that shows the schedule, then reads each sample program
 * so that every importer's classes are listed too. Only the classes loaded matter.
 *
 * <p>Runs on the launcher's main thread; the window part blocks until the FX toolkit exits.
 */
final class TrainingStart {

    static final String OPTION = "--training-start";
    static final String OPEN = "--open";

    private final List<String> windowArgs = new ArrayList<>();
    private final List<Path> samples = new ArrayList<>();

    TrainingStart(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (OPEN.equals(args.get(i)) && i + 1 < args.size()) {
                windowArgs.add(args.get(++i));
            } else {
                samples.add(Path.of(args.get(i)));
            }
        }
    }

    List<String> windowArgs() {
        return List.copyOf(windowArgs);
    }

    List<Path> samples() {
        return List.copyOf(samples);
    }

    /**
     * The exit code: 0 once the window has closed and the samples were read. A sample this build
     * cannot import is reported, not an error: its importer may not exist yet, and the classes of
     * everything else are still worth archiving.
     */
    int run() {
        System.setProperty(StartupProbe.PROPERTY, StartupProbe.EXIT);
        Application.launch(ConferencePlannerApp.class, windowArgs.toArray(String[]::new));
        ProgramReader reader = CompositionRoot.programReader();
        for (Path sample : samples) {
            ImportResult result = reader.read(sample);
            System.out.println("training read " + sample.getFileName() + ": "
                    + (result.succeeded() ? result.format() : "not imported"));
        }
        return 0;
    }
}
