package org.conferenceplanner.cli;

import java.nio.file.Path;
import java.util.List;
import org.conferenceplanner.domain.Conference;

/** The messages for session ids that do not fit. Stateless. */
final class PlanIds {

    private PlanIds() {
    }

    static String unknownInProgram(List<String> ids, Path program, Conference c) {
        return (ids.size() == 1 ? "no session with id " : "no sessions with ids ") + quoted(ids) + " in " + program
                + " (" + c.sessions().size() + " sessions; the ids are the program's own: frab event id, iCalendar UID, "
                + "SC evid); nothing was added";
    }

    static String notInPlan(List<String> ids, Conference c) {
        return quoted(ids) + (ids.size() == 1 ? " is" : " are") + " not in your plan for " + c.id()
                + "; nothing was removed";
    }

    private static String quoted(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> "\"" + id + "\"").toList());
    }
}
