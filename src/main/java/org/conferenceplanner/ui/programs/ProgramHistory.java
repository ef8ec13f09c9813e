package org.conferenceplanner.ui.programs;

import java.util.List;
import java.util.Optional;

/**
 * The programs the user opened, newest first, and the one to open at the next start. The window's
 * port: the store keeps copies of imported files behind it; tests use {@link InMemoryProgramHistory}.
 * FX thread.
 */
public interface ProgramHistory {

    /** Newest first, each program once. */
    List<RecentProgram> recent();

    /** The program open when the app last ran, if any. */
    Optional<RecentProgram> last();

    /**
     * Records that a program was opened (and is now the last one). May keep a copy of the file and
     * return where that copy is, so the program opens even after the original moves.
     */
    RecentProgram opened(RecentProgram program);
}
