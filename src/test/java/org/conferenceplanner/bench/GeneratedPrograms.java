package org.conferenceplanner.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.StandardImporters;

/**
 * Large programs replicated from FOSDEM 2025 (the biggest real program), written once per size and
 * format under {@code target/generated-programs/} and reused by benchmarks and scale tests.
 */
public final class GeneratedPrograms {

    public static final long SEED = 20250201L;
    public static final String SOURCE = "frab-xml/fosdem-2025.xml";

    private GeneratedPrograms() {
    }

    public enum Format { XML, JSON }

    /** The generated program file of the given size, written if it is not there yet. */
    public static Path file(Format format, int sessions) {
        Path dir = Path.of(System.getProperty("generated.dir", "target/generated-programs"));
        Path file = dir.resolve("fosdem-x" + sessions + (format == Format.XML ? ".xml" : ".json"));
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            Files.createDirectories(dir);
            Conference program = conference(sessions);
            Path tmp = Files.createTempFile(dir, "gen", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                if (format == Format.XML) {
                    FrabXmlWriter.write(program, out);
                } else {
                    FrabJsonWriter.write(program, out);
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generated program in memory. */
    public static Conference conference(int sessions) {
        return ProgramGenerator.replicate(List.of(source()), sessions, SEED);
    }

    /** The real program the generated ones are made from. */
    public static Conference source() {
        Path dir = Path.of(System.getProperty("schedules.dir", "../shared/schedules"));
        ImportResult r = StandardImporters.reader(ImportLimits.defaults()).read(dir.resolve(SOURCE));
        if (!r.succeeded()) {
            throw new IllegalStateException("cannot read " + SOURCE + ": " + r.firstError().orElseThrow());
        }
        return r.conference();
    }
}
