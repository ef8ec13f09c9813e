package org.conferenceplanner.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.domain.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plan add}: picks sessions; all ids must exist in the program, or nothing is added. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add sessions to your plan (or change the priority or note of ones already in it).")
final class PlanAddCommand implements Callable<Integer> {

    private final PlanCommand plan;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PlanOptions options;

    @Option(names = "--maybe", description = "add with priority Maybe (default: Must)")
    private boolean maybe;

    @Option(names = "--note", paramLabel = "TEXT", description = "a note to keep with the sessions")
    private String note;

    @Parameters(arity = "1..*", paramLabel = "SESSION_ID", description = "ids as the program file gives them")
    private List<String> ids;

    PlanAddCommand(PlanCommand plan) {
        this.plan = plan;
    }

    @Override
    public Integer call() {
        return plan.run(spec, options, (w, out, err) -> {
            Conference c = w.program();
            List<String> unknown = ids.stream().filter(id -> c.session(id).isEmpty()).toList();
            if (!unknown.isEmpty()) {
                throw new PlanCommandException(PlanIds.unknownInProgram(unknown, options.program, c), PlanWorkspace.EXIT_BAD_INPUT);
            }
            w.requireWritable();
            Plan p = w.opened().plan();
            Priority priority = maybe ? Priority.MAYBE : Priority.MUST;
            for (String id : ids) {
                Session s = c.session(id).orElseThrow();
                PlanEntry entry = p.entry(id).map(e -> e.withLastKnown(s))
                        .orElseGet(() -> PlanEntry.of(s, w.now()));
                entry = entry.withPriority(priority);
                if (note != null) {
                    entry = entry.withNote(note);
                }
                out.println((p.contains(id) ? "updated " : "added ") + id + "  " + s.title());
                p = p.with(entry);
            }
            w.repository().save(p);
            return 0;
        });
    }
}
