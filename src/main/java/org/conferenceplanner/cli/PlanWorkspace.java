package org.conferenceplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.planner.LoadReport;
import org.conferenceplanner.planner.StorageNotice;
import org.conferenceplanner.store.JsonPlanRepository;

/**
 * What a {@code plan} subcommand works on: the program read from {@code --program} and its plan opened
 * from the data folder. Failures become {@link PlanCommandException}s with the user's message and exit
 * code. Closing flushes the plan and says if it could not be written. One per command run.
 */
final class PlanWorkspace implements AutoCloseable {

    static final int EXIT_NOT_SAVED = 1;
    static final int EXIT_BAD_INPUT = 2;

    private final Conference program;
    private final JsonPlanRepository repository;
    private final LoadReport opened;
    private final List<StorageNotice> later = new ArrayList<>();
    private final Clock clock;

    private PlanWorkspace(Conference program, JsonPlanRepository repository, Clock clock) {
        this.program = program;
        this.clock = clock;
        this.repository = repository;
        repository.addNoticeListener(later::add);
        this.opened = repository.open(program.id());
    }

    static PlanWorkspace open(PlanOptions options, ProgramReader reader, Function<Path, Path> plansDir, Clock clock,
            PrintWriter err) {
        ImportResult result = reader.read(options.program);
        if (!result.succeeded()) {
            String reason = result.firstError().map(p -> InspectCommand.oneLine(options.program, p)).orElse(options.program + ": cannot be imported");
            throw new PlanCommandException(reason, EXIT_BAD_INPUT);
        }
        PlanWorkspace w = new PlanWorkspace(result.conference(),
                new JsonPlanRepository(plansDir.apply(options.dataDir), clock), clock);
        for (StorageNotice n : w.opened.notices()) {
            if (n.kind() != StorageNotice.Kind.MIGRATED) {
                err.println("conference-planner: " + n.message());
            }
        }
        return w;
    }

    Conference program() {
        return program;
    }

    Instant now() {
        return clock.instant();
    }

    LoadReport opened() {
        return opened;
    }

    JsonPlanRepository repository() {
        return repository;
    }

    /** Refuses to change a plan this run may not write (another copy has it, a newer file, a read-only disk). */
    void requireWritable() {
        if (!opened.writable()) {
            throw new PlanCommandException("the plan for " + program.id() + " was not changed: it cannot be written now"
                    + " (see above)", EXIT_NOT_SAVED);
        }
    }

    /** Flushes; a write that failed is reported as the command's failure. */
    @Override
    public void close() {
        repository.close();
        for (StorageNotice n : later) {
            if (n.kind() == StorageNotice.Kind.SAVE_FAILED) {
                throw new PlanCommandException(n.message(), EXIT_NOT_SAVED);
            }
        }
    }
}
