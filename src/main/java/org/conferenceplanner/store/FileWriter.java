package org.conferenceplanner.store;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a file whole; {@link AtomicFiles#write} in the app, a failing one in tests of a full disk. */
@FunctionalInterface
interface FileWriter {
    void write(Path target, byte[] bytes, Path backup) throws IOException;
}
