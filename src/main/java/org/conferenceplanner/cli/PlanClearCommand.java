package org.conferenceplanner.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.conferenceplanner.domain.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code plan clear}: removes every pick (what was exported stays recorded, so calendars can be updated). */
@Command(name = "clear", mixinStandardHelpOptions = true, description = "Remove every session from your plan.")
final class PlanClearCommand implements Callable<Integer> {

    private final PlanCommand plan;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PlanOptions options;

    PlanClearCommand(PlanCommand plan) {
        this.plan = plan;
    }

    @Override
    public Integer call() {
        return plan.run(spec, options, (w, out, err) -> {
            Plan p = w.opened().plan();
            w.requireWritable();
            w.repository().save(p.withEntries(List.of()));
            int n = p.entries().size();
            out.println("removed " + n + (n == 1 ? " session" : " sessions") + " from your plan for " + w.program().id());
            return 0;
        });
    }
}
