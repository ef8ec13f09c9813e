package org.conferenceplanner.bench;

import java.io.BufferedOutputStream;
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
 * Large programs replicated from the biggest real ones (FOSDEM 2025, 38C3, 39C3), written once per
 * size and format under {@code target/generated-programs/} and reused by benchmarks and scale tests.
 * The file names carry {@link #GENERATION}, so files of an older generator are never reused.
 */
public final class GeneratedPrograms {

    public static final long SEED = 20250201L;
    /** Raised whenever the generator or the writers change what they write. */
    public static final int GENERATION = 3;
    /** The real programs replicated, under {@code schedules.dir}. */
    public static final List<String> SOURCES = List.of("frab-xml/fosdem-2025.xml",
            "frab-xml/38c3-schedule-20251206.xml", "frab-json/39c3-everything.schedule.json");

    private GeneratedPrograms() {
    }

    public enum Format {
        XML(".xml"), JSON(".json");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** "xml" or "json", as benchmark parameters name them. */
        public static Format named(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** The generated program file of the given size, written if it is not there yet. */
    public static Path file(Format format, int sessions) {
        Path dir = Path.of(System.getProperty("generated.dir", "target/generated-programs"));
        Path file = dir.resolve("mix-g" + GENERATION + "-x" + sessions + format.extension);
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            Files.createDirectories(dir);
            write(generate(sessions), format, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the program atomically, so a reader never sees half a file (benchmarks run in parallel forks). */
    public static void write(GeneratedProgram program, Format format, Path file) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "gen", ".tmp");
        try {
            // buffered: the JDK's XMLStreamWriter writes small pieces straight through (11 s instead of 0.1 s for 17 MB)
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                if (format == Format.XML) {
                    FrabXmlWriter.write(program, out);
                } else {
                    FrabJsonWriter.write(program, out);
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The generated program as the app has it after opening the file: imported from the JSON file
     * (written first when needed). Cheaper than generating when the file exists, which is what keeps
     * the benchmarks' set-up short in the smoke run.
     */
    public static Conference load(int sessions) {
        Path file = file(Format.JSON, sessions);
        ImportResult r = StandardImporters.reader(ImportLimits.defaults()).read(file);
        if (!r.succeeded()) {
            throw new IllegalStateException("cannot import " + file + ": " + r.firstError().orElseThrow());
        }
        return r.conference();
    }

    /** The generated program in memory. */
    public static GeneratedProgram generate(int sessions) {
        return generate(sources(), sessions);
    }

    public static GeneratedProgram generate(List<SourceProgram> sources, int sessions) {
        return ProgramGenerator.replicate(sources, sessions, SEED);
    }

    /** The real programs the generated ones are made from, read through our importers. */
    public static List<SourceProgram> sources() {
        Path dir = schedulesDir();
        return SOURCES.stream().map(s -> SourceProgram.read(dir, s)).toList();
    }

    public static Path schedulesDir() {
        return Path.of(System.getProperty("schedules.dir", "../shared/schedules"));
    }
}
