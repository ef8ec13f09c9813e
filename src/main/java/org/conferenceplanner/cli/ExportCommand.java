package org.conferenceplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.export.CalendarExporter;
import org.conferenceplanner.export.ExportFormat;
import org.conferenceplanner.export.ExportNames;
import org.conferenceplanner.export.ExportOptions;
import org.conferenceplanner.export.ExportResult;
import org.conferenceplanner.export.ExportSelection;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.planner.LoadReport;
import org.conferenceplanner.planner.PlanRepository;
import org.conferenceplanner.planner.StorageNotice;
import org.conferenceplanner.store.AtomicFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code export --program FILE --format ics|vcs|google [--plan | --all | --session ID...] [--alarm MINUTES]
 * [--out FILE] [--data-dir DIR]}: writes sessions to a calendar file. With {@code --plan} (the default)
 * the saved plan is exported and what was written is recorded in it, so the next export updates the
 * calendar (higher SEQUENCE) and cancels what was dropped. Exit 0 when written, 1 when nothing could be
 * written, 2 for a program file that cannot be read or a wrong option.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export sessions as an iCalendar (.ics) or vCalendar 1.0 (.vcs) file, or as Google Calendar links.",
                "Without --out the file is printed. For Google, one session gives its link and several an HTML page."},
        footer = {"", "Examples:",
                "  conference-planner export --program sc12.txt --format ics --out 'SC12 plan.ics'",
                "  conference-planner export --program fosdem-2025.xml --format google --session 16416"})
public final class ExportCommand implements Callable<Integer> {

    public static final int EXIT_NOTHING_WRITTEN = 1;
    public static final int EXIT_UNREADABLE = 2;

    private final ProgramReader reader;
    private final CalendarExporter exporter;
    private final Function<Path, PlanRepository> plans;

    @Spec
    private CommandSpec spec;

    @Option(names = "--program", required = true, paramLabel = "FILE", description = "the conference program file")
    private Path program;

    @Option(names = "--format", required = true, paramLabel = "ics|vcs|google", description = "what to write")
    private String format;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Which which;

    static final class Which {
        @Option(names = "--plan", description = "the sessions in your saved plan (the default)")
        boolean plan;

        @Option(names = "--all", description = "every session of the program")
        boolean all;

        @Option(names = "--session", arity = "1..*", paramLabel = "ID", description = "these sessions (ids as `inspect --json` lists them)")
        List<String> sessions;
    }

    @Option(names = "--alarm", paramLabel = "MINUTES", description = "a reminder this many minutes before each session")
    private Integer alarm;

    @Option(names = "--out", paramLabel = "FILE", description = "the file to write (replaced if it exists); '-' or none prints it")
    private Path out;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "where your plans are kept (default: the app's data folder)")
    private Path dataDir;

    /** @param plans opens the plan store of a {@code --data-dir} (null when the option is not given) */
    public ExportCommand(ProgramReader reader, CalendarExporter exporter, Function<Path, PlanRepository> plans) {
        this.reader = reader;
        this.exporter = exporter;
        this.plans = plans;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat chosen = format();
        ExportOptions options = options();
        ImportResult read = reader.read(program);
        if (!read.succeeded()) {
            err.println("conference-planner: " + read.firstError().map(p -> {
                String where = p.location().toString();
                return where.isEmpty() ? p.message() : where + ": " + p.message();
            }).orElse(program + ": cannot be imported"));
            err.flush();
            return EXIT_UNREADABLE;
        }
        Conference conference = read.conference();
        if (which != null && which.all) {
            return write(chosen, ExportSelection.of(conference, conference.sessions(), java.util.Map.of()),
                    options.withCalendarName(ExportNames.shortTitle(conference)), null, null);
        }
        if (which != null && which.sessions != null) {
            List<Session> picked = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String id : which.sessions) {
                conference.session(id).ifPresentOrElse(picked::add, () -> unknown.add(id));
            }
            if (!unknown.isEmpty()) {
                err.println("conference-planner: " + program + " has no session " + String.join(", ", unknown)
                        + " (inspect --json lists the program; session ids are those of the program file)");
                err.flush();
                return EXIT_NOTHING_WRITTEN;
            }
            return write(chosen, ExportSelection.of(conference, picked, java.util.Map.of()), options, null, null);
        }
        return exportPlan(chosen, options, conference);
    }

    private int exportPlan(ExportFormat chosen, ExportOptions options, Conference conference) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PlanRepository repository = plans.apply(dataDir);
        try {
            LoadReport report = repository.open(conference.id());
            report.notices().forEach(n -> err.println("note: " + n.message()));
            Plan plan = report.plan();
            if (plan.entries().isEmpty() && plan.exports().isEmpty()) {
                err.println("conference-planner: there is no plan for " + conference.title() + " (" + conference.id()
                        + ") yet: pick sessions in the window first, or export with --all or --session");
                err.flush();
                return EXIT_NOTHING_WRITTEN;
            }
            int code = write(chosen, ExportSelection.ofPlan(conference, plan),
                    options.withCalendarName(ExportNames.planName(conference)), repository, plan);
            if (code == 0 && chosen != ExportFormat.GOOGLE && !report.writable()) {
                err.println("note: the plan could not be updated ("
                        + report.notices().stream().map(StorageNotice::message).findFirst().orElse("it is read-only")
                        + "), so the next export will not know what this one wrote");
            }
            return code;
        } finally {
            if (repository instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    err.println("note: the plan store did not close cleanly: " + e.getMessage());
                }
            }
            err.flush();
        }
    }

    private int write(ExportFormat chosen, ExportSelection selection, ExportOptions options, PlanRepository repository,
            Plan plan) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportResult result = exporter.export(chosen, selection, options);
        result.notes().forEach(n -> err.println("note: " + n));
        if (result.written() == 0) {
            err.println("conference-planner: nothing to export: none of the chosen sessions has a date and time");
            err.flush();
            return EXIT_NOTHING_WRITTEN;
        }
        String content = result.link() ? result.content() + System.lineSeparator() : result.content();
        if (out == null || out.toString().equals("-")) {
            stdout.print(content);
            stdout.flush();
        } else {
            try {
                AtomicFiles.write(out, content.getBytes(StandardCharsets.UTF_8), null);
            } catch (IOException e) {
                err.println("conference-planner: cannot write " + out + ": " + describe(e));
                err.flush();
                return EXIT_NOTHING_WRITTEN;
            }
            stdout.println("Wrote " + result.summary() + " to " + out);
            stdout.flush();
        }
        if (repository != null && plan != null) {
            repository.save(result.applyTo(plan));
            repository.flush();
        }
        err.flush();
        return 0;
    }

    private ExportFormat format() {
        try {
            return ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format must be ics, vcs or google, not '" + format + "'");
        }
    }

    private ExportOptions options() {
        if (alarm == null) {
            return ExportOptions.defaults();
        }
        try {
            return ExportOptions.defaults().withAlarm(alarm);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--alarm: " + e.getMessage());
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().toLowerCase(Locale.ROOT);
    }
}
