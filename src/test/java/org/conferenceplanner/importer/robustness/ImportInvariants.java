package org.conferenceplanner.importer.robustness;

import java.util.HashSet;
import java.util.Set;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.Severity;

/**
 * What every import must give, whatever the bytes: a refusal with an ERROR naming the file, or a
 * conference whose books balance ({@code eventsInFile == sessions + refused + merged}) with unique
 * ids, sessions on the conference's days and abstracts that can be read. {@link #check} says which of
 * the three outcomes it was, or throws an {@link AssertionError} naming the broken rule.
 */
final class ImportInvariants {

    /** The message {@code ProgramReader} gives when an importer threw: it hides a bug, so no input may cause it. */
    static final String INTERNAL_ERROR = "internal error";

    enum Outcome {
        /** Not imported at all, with an ERROR saying why. */
        REFUSED,
        /** Imported, with at least one WARNING or ERROR. */
        WITH_PROBLEMS,
        /** Imported with nothing worse than INFO (a flipped byte inside an abstract can do that). */
        CLEAN
    }

    private ImportInvariants() {
    }

    static Outcome check(String file, ImportResult r) {
        require(r != null, "no result");
        require(file.equals(r.file()), "the result names " + r.file());
        for (Problem p : r.problems()) {
            require(!p.message().contains(INTERNAL_ERROR), "an importer threw: " + p);
            require(!p.message().isBlank(), "a problem without a message at " + p.location());
            require(file.equals(p.location().file()), "a problem names another file: " + p);
        }
        if (!r.succeeded()) {
            Problem reason = r.firstError().orElseThrow(() -> new AssertionError(file + ": refused without an ERROR: " + r.problems()));
            require(reason.severity() == Severity.ERROR, "refusal is no ERROR");
            return Outcome.REFUSED;
        }
        var c = r.conference();
        require(r.eventsInFile() == c.sessions().size() + r.refused() + r.merged(), "the books do not balance: "
                + r.eventsInFile() + " events in the file, " + c.sessions().size() + " sessions, " + r.refused()
                + " refused, " + r.merged() + " merged");
        require(r.refused() == 0 || r.count(Severity.ERROR) > 0, r.refused() + " refused events but no ERROR");
        require(r.merged() == 0 || r.count(Severity.WARNING) > 0, r.merged() + " merged events but no WARNING");
        Set<String> ids = new HashSet<>();
        for (Session s : c.sessions()) {
            require(!s.id().isBlank(), "a session without an id: " + s.title());
            require(ids.add(s.id()), "the id " + s.id() + " is used twice");
            // abstracts are converted when first read, long after the import: that must never fail either
            require(s.abstractText() != null, "session " + s.id() + " has no abstract text");
            require(!s.isScheduled() || c.days().contains(s.day()), "session " + s.id() + " is on " + s.day()
                    + ", which is not one of the conference's days " + c.days());
        }
        return r.count(Severity.ERROR) + r.count(Severity.WARNING) > 0 ? Outcome.WITH_PROBLEMS : Outcome.CLEAN;
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
