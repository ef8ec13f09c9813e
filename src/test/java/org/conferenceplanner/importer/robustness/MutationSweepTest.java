package org.conferenceplanner.importer.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramImporter;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.importer.robustness.ImportInvariants.Outcome;
import org.conferenceplanner.importer.robustness.SeedPrograms.Seed;
import org.junit.jupiter.api.Test;

/**
 * Over 10,000 programs damaged deterministically (fixed seed) from our own fixtures and from
 * excerpts of the real programs in ../shared: every one ends in a refusal with an ERROR naming the
 * file, or in an import whose books balance, within 2 s, never in an exception, and without a word
 * on the console (where a user of the command line would see it). Each mutant is
 * read through {@link ProgramReader} (detection by content), and also by its seed's importer directly
 * when detection picks another importer or none, because the reader turns an importer's exception into
 * an "internal error" result that would otherwise hide the bug.
 *
 * <p>Without ../shared the same number of mutants is made from our own fixtures alone. A failing
 * mutant is written to {@code target/mutants/} so it can be opened and imported by hand.
 */
class MutationSweepTest {

    private static final long FIXED_SEED = 20121114L;
    /** Shared equally by the formats, then by the programs of each format; {@code -Dmutants=N} runs a bigger sweep. */
    private static final int MUTANTS = Integer.getInteger("mutants", 10_800);
    private static final long PER_FILE_MILLIS = 2_000;
    private static final int FAILURES_SHOWN = 15;

    private final ProgramReader reader = StandardImporters.reader(ImportLimits.defaults());

    @Test
    void everyMutantIsRefusedClearlyOrImportedWithBalancedBooks() throws Exception {
        SeedPrograms programs = new SeedPrograms(reader);
        List<Seed> own = programs.own();
        List<Seed> real = programs.real();
        List<Seed> seeds = new ArrayList<>(own);
        seeds.addAll(real);
        assertThat(own).as("own fixtures").hasSizeGreaterThanOrEqualTo(40);
        Map<ProgramFormat, Long> seedsPerFormat = seeds.stream().collect(Collectors.groupingBy(Seed::format, Collectors.counting()));

        Tally tally = new Tally();
        long started = System.nanoTime();
        try (TimedRunner runner = new TimedRunner(); ConsoleCapture console = new ConsoleCapture()) {
            for (Seed seed : seeds) {
                // the unmutated seed first: it must pass too, and it warms its importer up outside the 2 s limit
                importOne(seed, seed.name(), new Mutator.Mutant("unmutated", seed.bytes()), 60_000, runner, console, tally);
                Random random = new Random(FIXED_SEED ^ seed.name().hashCode());
                long perSeed = -Math.floorDiv(-MUTANTS, seedsPerFormat.size() * seedsPerFormat.get(seed.format()));
                for (int i = 0; i < perSeed; i++) {
                    Mutator.Mutant mutant = Mutator.mutate(seed.bytes(), seed.format(), random);
                    importOne(seed, seed.name() + "#" + i, mutant, PER_FILE_MILLIS, runner, console, tally);
                }
            }
        }
        tally.print(own.size(), real.size(), (System.nanoTime() - started) / 1e9);

        assertThat(tally.failures).as(tally.failureReport()).isEmpty();
        assertThat(tally.total).isGreaterThanOrEqualTo(10_000);
    }

    private void importOne(Seed seed, String name, Mutator.Mutant mutant, long limitMillis, TimedRunner runner,
            ConsoleCapture console, Tally tally) {
        TimedRunner.Result<Outcome> result = runner.run(name, () -> importBothWays(seed, name, mutant.bytes()), limitMillis);
        if (!name.equals(seed.name())) {
            tally.add(seed, result.value().orElse(null), result.cpuNanos(), name);
        }
        result.failure().ifPresent(f -> tally.fail(name + " (" + mutant.how() + "): " + f, name, mutant.bytes()));
        console.take().ifPresent(printed -> tally.fail(name + " (" + mutant.how() + ") printed to the console: " + printed,
                name, mutant.bytes()));
    }

    private Outcome importBothWays(Seed seed, String name, byte[] bytes) {
        ProgramInput input = new ProgramInput(name, bytes);
        ImportResult viaReader = reader.read(input);
        Optional<ProgramImporter> detected = reader.detect(bytes);
        if (viaReader.problems().stream().anyMatch(p -> p.message().contains(ImportInvariants.INTERNAL_ERROR))) {
            // run it again without the reader's safety net, so the failure shows the exception and where it came from
            detected.orElseThrow().read(input);
        }
        Outcome outcome = ImportInvariants.check(name, viaReader);
        if (detected.isEmpty() || detected.get() != seed.importer()) {
            ImportInvariants.check(name, seed.importer().read(input));
        }
        return outcome;
    }

    /** Counts per format, the slowest mutant and the failures. Not thread-safe; used by the test thread only. */
    private static final class Tally {
        private final Map<ProgramFormat, int[]> counts = new EnumMap<>(ProgramFormat.class);
        private final List<String> failures = new ArrayList<>();
        private int total;
        private long slowestNanos;
        private String slowest = "";

        void add(Seed seed, Outcome outcome, long cpuNanos, String name) {
            total++;
            int[] row = counts.computeIfAbsent(seed.format(), f -> new int[4]);
            row[0]++;
            if (outcome != null) {
                row[1 + outcome.ordinal()]++;
            }
            if (cpuNanos > slowestNanos) {
                slowestNanos = cpuNanos;
                slowest = name;
            }
        }

        void fail(String description, String name, byte[] bytes) {
            failures.add(description);
            try {
                Path dir = Files.createDirectories(Path.of("target", "mutants"));
                Files.write(dir.resolve(name.replaceAll("[^A-Za-z0-9.#-]", "_")), bytes);
            } catch (IOException e) {
                failures.add("could not keep " + name + ": " + e.getMessage());
            }
        }

        String failureReport() {
            return failures.size() + " of " + total + " mutants failed; the first ones:\n"
                    + String.join("\n", failures.subList(0, Math.min(FAILURES_SHOWN, failures.size())));
        }

        void print(int ownSeeds, int realSeeds, double seconds) {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "Mutation sweep: %,d mutants of %d programs (%d own fixtures, %d real excerpts) in %.1f s;"
                            + " slowest %d ms of CPU (%s)%n",
                    total, ownSeeds + realSeeds, ownSeeds, realSeeds, seconds, slowestNanos / 1_000_000, slowest));
            out.append(String.format(Locale.ROOT, "  %-28s %8s %8s %14s %8s%n", "format", "mutants", "refused", "with problems", "clean"));
            counts.forEach((format, row) -> out.append(String.format(Locale.ROOT, "  %-28s %8d %8d %14d %8d%n",
                    format.label(), row[0], row[1], row[2], row[3])));
            System.out.print(out);
        }
    }
}
