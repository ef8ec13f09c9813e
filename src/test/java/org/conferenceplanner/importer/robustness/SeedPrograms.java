package org.conferenceplanner.importer.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.importer.ProgramImporter;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.testing.SharedData;

/**
 * The programs the mutation sweep damages: our own fixtures (always there) and, when
 * {@code ../shared/schedules} is present, excerpts of the real programs. Each seed's format is what
 * detection makes of its unmutated bytes, so a format whose importer is not registered yet adds no seeds.
 */
final class SeedPrograms {

    /** One program to mutate. {@code real} is true for excerpts of the files in ../shared. */
    record Seed(String name, ProgramImporter importer, byte[] bytes, boolean real) {
        ProgramFormat format() {
            return importer.format();
        }
    }

    /** Events kept from each big program: enough for every element kind to appear, small enough to parse in a few ms. */
    static final int EXCERPT_EVENTS = 6;

    private static final List<String> FIXTURE_FOLDERS = List.of("frabxml", "frabjson", "ical", "vcal", "sctext", "robust");
    private static final List<String> REAL_FOLDERS = List.of("frab-xml", "frab-json", "ics", "sc12/vcs");

    private final ProgramReader reader;

    SeedPrograms(ProgramReader reader) {
        this.reader = reader;
    }

    List<Seed> own() {
        List<Seed> seeds = new ArrayList<>();
        for (String folder : FIXTURE_FOLDERS) {
            Optional<Path> dir = fixtureFolder(folder);
            if (dir.isPresent()) {
                for (Path file : files(dir.get())) {
                    // the 35 KB unfolded line is a speed fixture; mutating it only slows the sweep
                    if (!file.getFileName().toString().startsWith("long-")) {
                        add(seeds, folder + "/" + file.getFileName(), read(file), false);
                    }
                }
            }
        }
        try (var in = ProgramReader.class.getResourceAsStream("/programs/sc12.txt")) {
            add(seeds, "programs/sc12.txt", in.readAllBytes(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seeds;
    }

    /** Excerpts of the real programs; empty when ../shared is absent. */
    List<Seed> real() {
        Path schedules = Path.of(System.getProperty("schedules.dir", "../shared/schedules"));
        Path seed = Path.of(System.getProperty("shared.dir", "../shared"), "seed");
        List<Seed> seeds = new ArrayList<>();
        for (String folder : REAL_FOLDERS) {
            Path dir = schedules.resolve(folder);
            if (Files.isDirectory(dir)) {
                for (Path file : files(dir)) {
                    addExcerpt(seeds, folder + "/" + file.getFileName(), read(file));
                }
            }
        }
        if (Files.isDirectory(seed)) {
            for (Path file : files(seed)) {
                add(seeds, "seed/" + file.getFileName(), read(file), true);
            }
        }
        return seeds;
    }

    private void addExcerpt(List<Seed> seeds, String name, byte[] whole) {
        Optional<ProgramImporter> importer = reader.detect(whole);
        if (importer.isPresent()) {
            String text = new String(whole, StandardCharsets.UTF_8);
            String excerpt = ProgramExcerpt.firstEvents(importer.get().format(), text, EXCERPT_EVENTS);
            seeds.add(new Seed(name, importer.get(), excerpt.getBytes(StandardCharsets.UTF_8), true));
        }
    }

    private void add(List<Seed> seeds, String name, byte[] bytes, boolean real) {
        reader.detect(bytes).ifPresent(importer -> seeds.add(new Seed(name, importer, bytes, real)));
    }

    private static Optional<Path> fixtureFolder(String folder) {
        var url = SharedData.class.getResource("/fixtures/" + folder);
        try {
            return url == null ? Optional.empty() : Optional.of(Path.of(url.toURI()));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
