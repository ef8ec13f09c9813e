package org.conferenceplanner.importer;

import java.nio.file.Path;

/**
 * Where the window gets its programs: a file the user chose, or the program bundled with the app.
 * {@link ProgramReader} is the real one; the app's start-up wraps it to hand over a program it began
 * reading before the window existed. Implementations are thread-safe and block on file I/O.
 */
public interface ProgramFiles {

    /** Reads and imports a program file; a bad file gives a failed result, never an exception. */
    ImportResult read(Path file);

    /** Reads a program bundled with the app (a class-path resource). */
    ImportResult readResource(String resource, String displayName);
}
