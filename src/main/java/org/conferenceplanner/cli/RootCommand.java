package org.conferenceplanner.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code conference-planner}: with no arguments the window starts; with a subcommand, this. */
@Command(name = "conference-planner",
        mixinStandardHelpOptions = true,
        description = {"Conference Planner: view conference programs, plan your week, export it to your calendar.",
                "",
                "With no arguments, or with one program file, the window opens."},
        footer = {"", "Examples:",
                "  conference-planner inspect fosdem-2025.xml",
                "  conference-planner inspect --json schedule.json talks.ics",
                "  conference-planner export --program sc12.txt --format ics --out 'SC12 plan.ics'"},
        subcommands = CommandLine.HelpCommand.class,
        subcommandsRepeatable = false)
public final class RootCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        spec.commandLine().usage(out);
    }

    /**
     * Builds the command line with its subcommands. Exceptions inside commands become one line on
     * stderr and exit code 1; a user never sees a stack trace.
     */
    public static CommandLine create(String version, Object... subcommands) {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.getCommandSpec().version("Conference Planner " + version);
        for (Object sub : subcommands) {
            cl.addSubcommand(sub);
        }
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("conference-planner: " + describe(ex));
            return 1;
        });
        return cl;
    }

    private static String describe(Exception ex) {
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
    }
}
