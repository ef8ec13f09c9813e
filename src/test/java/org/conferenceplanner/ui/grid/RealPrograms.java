package org.conferenceplanner.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.StandardImporters;

/** Real programs for the grid's tests: SC12 as the app embeds it, and the shared program files. */
final class RealPrograms {

    private static final String SC12 = "/programs/sc12.txt";

    private RealPrograms() {
    }

    static Conference sc12() {
        return conference(reader().readResource(SC12, "sc12.txt"));
    }

    /** A program under the shared schedules folder; the test is skipped when it is absent. */
    static Conference shared(String relative) {
        Path file = org.conferenceplanner.testing.SharedData.schedule(relative);
        return conference(reader().read(file));
    }

    private static ProgramReader reader() {
        return StandardImporters.reader(ImportLimits.defaults());
    }

    private static Conference conference(ImportResult result) {
        assertThat(result.conferenceIfAny()).as("imported %s", result).isPresent();
        return result.conferenceIfAny().orElseThrow();
    }
}
