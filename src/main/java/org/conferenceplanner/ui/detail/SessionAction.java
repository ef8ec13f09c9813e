package org.conferenceplanner.ui.detail;

import javafx.stage.Window;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Session;

/**
 * A button the detail pane offers for the shown session beyond Add/Remove (e.g. the calendar
 * exports). Contributed through the composition root; the pane knows none of them by name.
 */
public interface SessionAction {

    String label();

    /** Runs on the FX thread when the user clicks; {@code owner} is the window for any dialog. */
    void run(Conference conference, Session session, Window owner);
}
