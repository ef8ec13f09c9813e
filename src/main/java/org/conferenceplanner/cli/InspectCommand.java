package org.conferenceplanner.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.ProgramReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inspect FILE... [--json]}: what each file holds and every problem in it. Exit 0 when every
 * file imported (warnings allowed), 2 when any file could not be imported at all.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Read program files and print format, title, time zone, days, rooms, sessions and problems.")
public final class InspectCommand implements Callable<Integer> {

    public static final int EXIT_UNREADABLE = 2;

    private final ProgramReader reader;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "program files (frab XML/JSON, .ics, .vcs, SC text)")
    private List<Path> files;

    @Option(names = "--json", description = "print one JSON object per file (a JSON array)")
    private boolean json;

    public InspectCommand(ProgramReader reader) {
        this.reader = reader;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        boolean allRead = true;
        for (Path file : files) {
            ImportResult result = reader.read(file);
            if (!result.succeeded()) {
                allRead = false;
                err.println("conference-planner: " + result.firstError().map(p -> oneLine(file, p))
                        .orElse(file + ": cannot be imported"));
            }
            if (json) {
                array.add(toJson(mapper, file, result));
            } else {
                printText(out, file, result);
            }
        }
        if (json) {
            out.println(array.toPrettyString());
        }
        out.flush();
        return allRead ? 0 : EXIT_UNREADABLE;
    }

    /** "path/as/given.xml:12 (schedule/day[1]): reason": the file as the user named it, the line, the reason. */
    static String oneLine(Path file, Problem p) {
        StringBuilder sb = new StringBuilder(file.toString());
        if (p.location().line() > 0) {
            sb.append(':').append(p.location().line());
        }
        if (!p.location().path().isEmpty()) {
            sb.append(" (").append(p.location().path()).append(')');
        }
        return sb.append(": ").append(p.message()).toString();
    }

    private static void printText(PrintWriter out, Path file, ImportResult r) {
        out.println(file);
        out.println("  format:    " + (r.format() == null ? "unknown" : r.format().label()));
        Conference c = r.conference();
        if (c != null) {
            out.println("  title:     " + c.title());
            out.println("  time zone: " + c.zone().getId());
            out.println("  days:      " + c.days().size() + (c.days().isEmpty() ? ""
                    : " (" + c.days().get(0) + " to " + c.days().get(c.days().size() - 1) + ")"));
            out.println("  rooms:     " + c.rooms().size());
            out.println("  sessions:  " + c.sessions().size() + " (" + c.unscheduled().size() + " unscheduled)");
        }
        out.println("  events in file: " + r.eventsInFile() + ", refused: " + r.refused() + ", merged: " + r.merged());
        out.println("  problems:  " + r.problems().size());
        for (Problem p : r.problems()) {
            out.println("    " + p.severity() + " " + p.location() + ": " + p.message());
        }
    }

    private static ObjectNode toJson(ObjectMapper mapper, Path file, ImportResult r) {
        ObjectNode o = mapper.createObjectNode();
        o.put("file", file.toString());
        o.put("format", r.format() == null ? null : r.format().name());
        o.put("imported", r.succeeded());
        Conference c = r.conference();
        o.put("id", c == null ? null : c.id());
        o.put("title", c == null ? null : c.title());
        o.put("timeZone", c == null ? null : c.zone().getId());
        ArrayNode days = o.putArray("days");
        ArrayNode rooms = o.putArray("rooms");
        if (c != null) {
            for (LocalDate d : c.days()) {
                days.add(d.toString());
            }
            for (Room room : c.rooms()) {
                rooms.add(room.name());
            }
        }
        o.put("sessions", c == null ? 0 : c.sessions().size());
        o.put("unscheduled", c == null ? 0 : c.unscheduled().size());
        o.put("eventsInFile", r.eventsInFile());
        o.put("refused", r.refused());
        o.put("merged", r.merged());
        ArrayNode problems = o.putArray("problems");
        for (Problem p : r.problems()) {
            ObjectNode po = problems.addObject();
            po.put("severity", p.severity().name());
            po.put("message", p.message());
            po.put("location", p.location().toString());
            if (p.location().line() > 0) {
                po.put("line", p.location().line());
            }
            if (!p.location().path().isEmpty()) {
                po.put("path", p.location().path());
            }
        }
        return o;
    }
}
