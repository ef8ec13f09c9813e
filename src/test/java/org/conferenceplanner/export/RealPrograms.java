package org.conferenceplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.testing.SharedData;

/** Real program files from {@code ../shared/schedules}, read by the app's own importers. */
final class RealPrograms {

    private RealPrograms() {
    }

    /** Skips when the file is absent or no importer reads its format yet; fails when the importer fails. */
    static Conference read(String relative) {
        Path file = SharedData.schedule(relative);
        ProgramReader reader = StandardImporters.reader(ImportLimits.defaults());
        try {
            assumeTrue(reader.detect(Files.readAllBytes(file)).isPresent(), "no importer reads " + relative + " yet");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportResult result = reader.read(file);
        assertThat(result.succeeded()).as(relative + ": " + result.problems()).isTrue();
        return result.conference();
    }
}
