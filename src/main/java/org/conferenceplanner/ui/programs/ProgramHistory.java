package org.conferenceplanner.ui.programs;

import java.util.List;
import java.util.Optional;
import org.conferenceplanner.domain.Conference;

/**
 * The programs the user opened, newest first, and the one to open at the next start. The window's
 * port: the app adapts the store's program library to it (which keeps a copy of every imported file);
 * tests use {@link InMemoryProgramHistory}. Thread-safe; the methods may block on file I/O, so the
 * window calls them through its task runner, never on the FX thread.
 */
public interface ProgramHistory {

    /** Newest first, each program once. */
    List<RecentProgram> recent();

    /** The program open when the app last ran, if any. */
    Optional<RecentProgram> last();

    /**
     * Records that {@code program} was opened and read as {@code conference} (it is now the last one).
     * May keep a copy of the file; returns where to open it from next time.
     */
    RecentProgram opened(RecentProgram program, Conference conference);

    /** Every conference opened from a file and still readable, each once (its newest version). */
    List<KnownConference> known();
}
