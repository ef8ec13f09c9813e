package org.conferenceplanner.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.conferenceplanner.domain.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plan remove}: drops picks; all ids must be in the plan, or nothing is removed. */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove sessions from your plan.")
final class PlanRemoveCommand implements Callable<Integer> {

    private final PlanCommand plan;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PlanOptions options;

    @Parameters(arity = "1..*", paramLabel = "SESSION_ID", description = "ids of sessions in your plan")
    private List<String> ids;

    PlanRemoveCommand(PlanCommand plan) {
        this.plan = plan;
    }

    @Override
    public Integer call() {
        return plan.run(spec, options, (w, out, err) -> {
            Plan p = w.opened().plan();
            List<String> missing = ids.stream().filter(id -> !p.contains(id)).toList();
            if (!missing.isEmpty()) {
                throw new PlanCommandException(PlanIds.notInPlan(missing, w.program()), PlanWorkspace.EXIT_BAD_INPUT);
            }
            w.requireWritable();
            Plan changed = p;
            for (String id : ids) {
                out.println("removed " + id + "  " + p.entry(id).orElseThrow().lastKnown().title());
                changed = changed.without(id);
            }
            w.repository().save(changed);
            return 0;
        });
    }
}
