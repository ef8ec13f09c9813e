package org.conferenceplanner.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plan list}: the planned sessions in time order, with the program's current details. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Print the sessions in your plan, in time order.")
final class PlanListCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final PlanCommand plan;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PlanOptions options;

    @Option(names = "--json", description = "print a JSON array: id, title, start, end, room, priority, note, attended, inProgram")
    private boolean json;

    PlanListCommand(PlanCommand plan) {
        this.plan = plan;
    }

    /** A planned session with the details to show: the program's, or the last known ones for an orphan. */
    private record Row(PlanEntry entry, Session session, boolean inProgram) {
    }

    @Override
    public Integer call() {
        return plan.run(spec, options, (w, out, err) -> {
            Conference c = w.program();
            List<Row> rows = w.opened().plan().entries().stream()
                    .map(e -> c.session(e.sessionId()).map(s -> new Row(e, s, true)).orElse(new Row(e, e.lastKnown(), false)))
                    .sorted(Comparator.comparing(Row::session, Session.BY_START))
                    .toList();
            if (json) {
                printJson(out, rows, c.zone());
            } else {
                printText(out, rows, c);
            }
            return 0;
        });
    }

    private static void printText(PrintWriter out, List<Row> rows, Conference c) {
        out.println(c.title() + " (" + c.id() + "): " + (rows.isEmpty() ? "no sessions" : rows.size()
                + (rows.size() == 1 ? " session" : " sessions")) + " in your plan");
        for (Row r : rows) {
            Session s = r.session();
            StringBuilder line = new StringBuilder("  ").append(r.entry().sessionId()).append("  ")
                    .append(when(s, c.zone())).append("  ").append(s.room().isEmpty() ? "-" : s.room()).append("  ")
                    .append(r.entry().priority().label().toLowerCase(Locale.ROOT)).append("  ").append(s.title());
            if (!r.entry().note().isEmpty()) {
                line.append("  (").append(r.entry().note().replace('\n', ' ')).append(')');
            }
            if (r.entry().attended()) {
                line.append("  [attended]");
            }
            if (s.cancelled()) {
                line.append("  [cancelled]");
            }
            if (!r.inProgram()) {
                line.append("  [not in this program any more]");
            }
            out.println(line);
        }
    }

    private static String when(Session s, ZoneId zone) {
        if (!s.isScheduled()) {
            return "unscheduled";
        }
        return DAY_TIME.format(s.start().atZone(zone)) + "–" + TIME.format(s.end().atZone(zone));
    }

    private static void printJson(PrintWriter out, List<Row> rows, ZoneId zone) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (Row r : rows) {
            Session s = r.session();
            ObjectNode o = array.addObject();
            o.put("id", r.entry().sessionId());
            o.put("title", s.title());
            o.put("start", s.isScheduled() ? s.start().atZone(zone).toOffsetDateTime().toString() : null);
            o.put("end", s.isScheduled() ? s.end().atZone(zone).toOffsetDateTime().toString() : null);
            o.put("room", s.room());
            o.put("priority", r.entry().priority().name());
            o.put("note", r.entry().note());
            o.put("attended", r.entry().attended());
            o.put("inProgram", r.inProgram());
        }
        out.println(array.toPrettyString());
    }
}
