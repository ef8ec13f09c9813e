package org.conferenceplanner.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramReader;

/**
 * The start {@code packaging/build-image.sh} records the AppCDS archive from
 * ({@code -XX:ArchiveClassesAtExit}): the window opens as at a first start (on the embedded program
 * when the data directory is empty), exits after the first frame that drew the grid, then reads
 * each given program file so the importers' classes are archived too. Only the classes loaded
 * matter; nothing is kept.
 *
 * <p>Runs on the launcher's main thread; the window part blocks until the FX toolkit exits.
 */
final class TrainingStart {

    static final String OPTION = "--training-start";

    private final List<Path> programs;

    TrainingStart(List<String> programFiles) {
        this.programs = programFiles.stream().map(Path::of).toList();
    }

    /**
     * The exit code: 0 once the window has closed and the programs were read. A program this build
     * cannot import is reported, not an error: its importer may not exist yet, and the classes of
     * everything else are still worth archiving.
     */
    int run() {
        System.setProperty(StartupProbe.PROPERTY, StartupProbe.EXIT);
        Application.launch(ConferencePlannerApp.class);
        ProgramReader reader = CompositionRoot.programReader();
        for (Path program : programs) {
            ImportResult result = reader.read(program);
            System.out.println("training read " + program.getFileName() + ": "
                    + (result.succeeded() ? result.format() : "not imported"));
        }
        return 0;
    }
}
