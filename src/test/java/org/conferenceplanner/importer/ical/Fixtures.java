package org.conferenceplanner.importer.ical;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.testing.SharedData;

/** Reads our own fixtures as program input, under their file name or another one. */
public final class Fixtures {

    private Fixtures() {
    }

    public static ProgramInput input(String resource) {
        Path path = SharedData.fixture(resource);
        return input(resource, path.getFileName().toString());
    }

    public static ProgramInput input(String resource, String asName) {
        try {
            return new ProgramInput(asName, Files.readAllBytes(SharedData.fixture(resource)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
