package org.conferenceplanner.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every {@code plan} subcommand takes: which program, and where plans are kept. */
public final class PlanOptions {

    @Option(names = "--program", required = true, paramLabel = "FILE",
            description = "the program file the session ids come from; its conference id names the plan")
    Path program;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "where plans are kept (default: $CONFERENCE_PLANNER_DATA_DIR, else the platform's data folder)")
    Path dataDir;
}
