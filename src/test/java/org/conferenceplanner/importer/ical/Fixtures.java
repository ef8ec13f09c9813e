package org.conferenceplanner.importer.ical;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
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

    /** A valid start of a file followed by 4 KB of random bytes (the same bytes for the same seed). */
    public static ProgramInput followedByGarbage(String name, String start, long seed) {
        byte[] head = start.getBytes(StandardCharsets.US_ASCII);
        byte[] garbage = new byte[4096];
        new Random(seed).nextBytes(garbage);
        byte[] bytes = Arrays.copyOf(head, head.length + garbage.length);
        System.arraycopy(garbage, 0, bytes, head.length, garbage.length);
        return new ProgramInput(name, bytes);
    }

    public static ProgramInput input(String resource, String asName) {
        try {
            return new ProgramInput(asName, Files.readAllBytes(SharedData.fixture(resource)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
