package org.conferenceplanner.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.store.JsonPlanRepository;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Saving a plan of 1,000 picks through the real store ({@link JsonPlanRepository}: encode to JSON,
 * temporary file, fsync, backup, atomic rename, directory fsync) into a temporary folder; target at
 * most 20 ms. Baselines in the same run: {@code Files.write} of the same bytes, and the same write
 * forced to the disk (the floor for a save that survives a power cut).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class PlanSaveBenchmark {

    static final int PICKS = 1000;

    /** The program the picks come from; each pick's file entry carries the session as last seen. */
    @Param({"1000"})
    public int sessions;

    private Path dir;
    private JsonPlanRepository store;
    private Plan plan;
    private byte[] bytes;
    private Path plain;
    private Path forced;

    @Setup(Level.Trial)
    public void open() throws IOException {
        Conference program = GeneratedPrograms.load(sessions);
        plan = PlanPicks.spread(program, Math.min(PICKS, sessions), program.days().get(0).atStartOfDay(program.zone()).toInstant());
        dir = Files.createTempDirectory("plan-save-bench");
        // the debounce never fires during a run: each save is written by the flush that follows it
        store = new JsonPlanRepository(dir.resolve("plans"), Clock.systemUTC(), Duration.ofDays(1));
        store.open(plan.conferenceId());
        saveThroughStore();
        try (Stream<Path> files = Files.list(dir.resolve("plans"))) {
            Path saved = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
            bytes = Files.readAllBytes(saved);
        }
        plain = dir.resolve("plain.json");
        forced = dir.resolve("forced.json");
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public Plan saveThroughStore() {
        store.save(plan);
        store.flush();
        return plan;
    }

    @Benchmark
    public Path filesWrite() throws IOException {
        return Files.write(plain, bytes);
    }

    @Benchmark
    public Path filesWriteForced() throws IOException {
        try (FileChannel ch = FileChannel.open(forced, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        return forced;
    }
}
