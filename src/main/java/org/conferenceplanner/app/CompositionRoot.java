package org.conferenceplanner.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.conferenceplanner.cli.InspectCommand;
import org.conferenceplanner.cli.RootCommand;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.store.AppDirectories;
import picocli.CommandLine;

/**
 * The one place the object graph is built, with constructors. Nothing else creates services; no
 * singletons, no static state.
 */
public final class CompositionRoot {

    public static final String EMBEDDED_PROGRAM = "/programs/sc12.txt";

    private CompositionRoot() {
    }

    public static ProgramReader programReader() {
        return StandardImporters.reader(ImportLimits.defaults());
    }

    /** The data directory: {@code --data-dir} (null when not given), else the environment, else the platform's place. */
    public static AppDirectories directories(Path dataDirOption, Map<String, String> environment) {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().forEach((k, v) -> properties.put(String.valueOf(k), String.valueOf(v)));
        return AppDirectories.resolve(dataDirOption, environment, properties);
    }

    public static CommandLine commandLine(Map<String, String> environment) {
        AppInfo info = AppInfo.load();
        ProgramReader reader = programReader();
        return RootCommand.create(info.version(), new InspectCommand(reader));
    }
}
