package org.conferenceplanner.ui.detail;

import javafx.stage.Window;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.ui.state.OpenProgram;

/**
 * A button the detail pane offers for the shown session beyond Add/Remove (e.g. the calendar
 * exports), also put in the Session menu. Contributed through the composition root; the pane knows
 * none of them by name.
 */
public interface SessionAction {

    String label();

    /** The node id of its button, for tests and accessibility tools; empty for none. */
    default String id() {
        return "";
    }

    /** Whether it applies to {@code session} (e.g. a calendar export needs a date and time); the button is disabled otherwise. */
    default boolean appliesTo(Session session) {
        return true;
    }

    /** Runs on the FX thread when the user clicks; {@code owner} is the window for any dialog. */
    void run(OpenProgram program, Session session, Window owner);
}
