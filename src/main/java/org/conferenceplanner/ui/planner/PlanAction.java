package org.conferenceplanner.ui.planner;

import javafx.stage.Window;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;

/**
 * A button the planner sidebar offers for the whole plan (e.g. "Export plan…"). Contributed through
 * the composition root; the sidebar knows none of them by name.
 */
public interface PlanAction {

    String label();

    /** Runs on the FX thread when the user clicks; {@code owner} is the window for any dialog. */
    void run(Conference conference, Plan plan, Window owner);
}
