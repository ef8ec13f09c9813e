package org.conferenceplanner.ui.planner;

import javafx.stage.Window;
import org.conferenceplanner.ui.state.OpenProgram;

/**
 * A button the planner sidebar offers for the whole plan (e.g. "Export plan…"), also put in the File
 * menu. Contributed through the composition root; the sidebar knows none of them by name.
 */
public interface PlanAction {

    String label();

    /** The node id of its button, for tests and accessibility tools; empty for none. */
    default String id() {
        return "";
    }

    /** Its menu accelerator as {@link javafx.scene.input.KeyCombination#valueOf} reads it ("Shortcut+E"); empty for none. */
    default String accelerator() {
        return "";
    }

    /**
     * Runs on the FX thread when the user clicks; {@code owner} is the window for any dialog. The
     * program owns the plan: read it there, and record changes through it (never save a copy).
     */
    void run(OpenProgram program, Window owner);
}
