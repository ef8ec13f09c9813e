package org.conferenceplanner.ui.export;

import java.util.Objects;
import java.util.function.Function;
import javafx.stage.Window;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.planner.PlanAction;
import org.conferenceplanner.ui.state.OpenProgram;

/** "Export plan…" in the planner sidebar and the File menu (Ctrl+E): opens the {@link PlanExportDialog}. FX thread. */
public final class PlanExportAction implements PlanAction {

    private final Function<OpenProgram, PlanExportViewModel> viewModels;
    private final SaveFilePicker picker;
    private final Messages m;

    /** @param viewModels a fresh view model for the program being exported */
    public PlanExportAction(Function<OpenProgram, PlanExportViewModel> viewModels, SaveFilePicker picker, Messages m) {
        this.viewModels = Objects.requireNonNull(viewModels, "viewModels");
        this.picker = Objects.requireNonNull(picker, "picker");
        this.m = Objects.requireNonNull(m, "m");
    }

    @Override
    public String label() {
        return m.get("export.plan.action");
    }

    @Override
    public String id() {
        return "plan-export";
    }

    @Override
    public String accelerator() {
        return "Shortcut+E";
    }

    @Override
    public void run(OpenProgram program, Window owner) {
        new PlanExportDialog(owner, viewModels.apply(program), picker, m).show();
    }
}
