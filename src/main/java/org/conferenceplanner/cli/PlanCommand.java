package org.conferenceplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import org.conferenceplanner.importer.ProgramReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code plan list|add|remove|clear --program FILE [--data-dir DIR] [SESSION_ID...]}: the plan from a
 * script. Exit 0 when done, 1 when the plan could not be written (another copy of the app has it open,
 * a newer file version, a read-only or full disk), 2 for an unreadable program or an unknown session id.
 * Holds the services the subcommands share; one instance per command line.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Show or change your plan for a conference from the command line.",
                "SESSION_ID is the id the program file gives a session: the frab event id, the iCalendar UID, the SC evid."},
        footer = {"", "Examples:",
                "  conference-planner plan add --program schedule.xml 12345 12399",
                "  conference-planner plan list --program schedule.xml --json"})
public final class PlanCommand implements Runnable {

    private final ProgramReader reader;
    private final Function<Path, Path> plansDir;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    /**
     * @param plansDir the plans folder for a {@code --data-dir} value (null when the option is absent)
     */
    public PlanCommand(ProgramReader reader, Function<Path, Path> plansDir, Clock clock) {
        this.reader = reader;
        this.plansDir = plansDir;
        this.clock = clock;
    }

    /** This command with its subcommands, ready to add to the root command line. */
    public CommandLine commandLine() {
        CommandLine cl = new CommandLine(this);
        cl.addSubcommand(new PlanListCommand(this));
        cl.addSubcommand(new PlanAddCommand(this));
        cl.addSubcommand(new PlanRemoveCommand(this));
        cl.addSubcommand(new PlanClearCommand(this));
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What a subcommand does with the opened program and plan; returns the exit code. */
    interface Action {
        int apply(PlanWorkspace workspace, PrintWriter out, PrintWriter err);
    }

    /** Opens the workspace, runs the action, saves, and turns every expected failure into one stderr line. */
    int run(CommandSpec sub, PlanOptions options, Action action) {
        PrintWriter out = sub.commandLine().getOut();
        PrintWriter err = sub.commandLine().getErr();
        try {
            int code;
            try (PlanWorkspace w = PlanWorkspace.open(options, reader, plansDir, clock, err)) {
                code = action.apply(w, out, err);
            }
            out.flush();
            return code;
        } catch (PlanCommandException e) {
            out.flush();
            err.println("conference-planner: " + e.getMessage());
            err.flush();
            return e.exitCode();
        }
    }
}
