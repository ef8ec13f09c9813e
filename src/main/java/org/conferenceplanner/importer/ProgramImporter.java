package org.conferenceplanner.importer;

import org.conferenceplanner.domain.ProgramFormat;

/**
 * Reads one program format. Implementations are stateless and thread-safe, and never throw on bad
 * input: whatever the bytes hold, {@link #read} returns a result with problems.
 */
public interface ProgramImporter {

    ProgramFormat format();

    /**
     * Whether the start of a file looks like this format.
     *
     * @param head the first few kilobytes decoded leniently as text, byte-order mark removed
     */
    boolean recognizes(String head);

    ImportResult read(ProgramInput input);
}
