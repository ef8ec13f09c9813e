package org.conferenceplanner.importer.robustness;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.importer.robustness.ImportInvariants.Outcome;

/**
 * Imports bytes twice, each under a preemptive time limit: directly with the format's importer, where
 * an exception would escape and fail the test, and through {@link ProgramReader}, which detects the
 * format by content. Both results must keep the {@link ImportInvariants}; the reader's is returned.
 */
final class TwoWayImport {

    /** Far above any import of these small files; it only stops a hang (the first ical4j parse alone can take 1 s here). */
    private static final Duration LIMIT = Duration.ofSeconds(5);

    private final ProgramReader reader = StandardImporters.reader(ImportLimits.defaults());

    ProgramReader reader() {
        return reader;
    }

    ImportResult read(Sample sample, String name, byte[] bytes) {
        ProgramInput input = new ProgramInput(name, bytes);
        ImportResult direct = assertTimeoutPreemptively(LIMIT, () -> sample.importer().read(input), name);
        ImportInvariants.check(name, direct);
        ImportResult viaReader = assertTimeoutPreemptively(LIMIT, () -> reader.read(input), name);
        ImportInvariants.check(name, viaReader);
        return viaReader;
    }

    Outcome outcome(Sample sample, String name, byte[] bytes) {
        return ImportInvariants.check(name, read(sample, name, bytes));
    }
}
