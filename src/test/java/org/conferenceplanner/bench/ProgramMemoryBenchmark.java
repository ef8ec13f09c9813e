package org.conferenceplanner.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.StandardImporters;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.infra.IterationParams;

/**
 * The heap a loaded program keeps: each iteration opens the generated file once (the time reported
 * is that of opening it: read, import, the conference built) and keeps the conference; the heap used
 * after full collections, minus the heap used before, is the retained size. Reported per session and
 * against the file's size (the baseline) as secondary results. Run with {@code -prof gc} for what an
 * import allocates in all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class ProgramMemoryBenchmark {

    @Param({"50000"})
    public int sessions;

    @Param({"xml", "json"})
    public String format;

    private final ProgramReader reader = StandardImporters.reader(ImportLimits.defaults());
    private Path file;
    private long fileBytes;

    @Setup(Level.Trial)
    public void file() throws IOException {
        file = GeneratedPrograms.file(GeneratedPrograms.Format.named(format), sessions);
        fileBytes = Files.size(file);
    }

    @Benchmark
    public Conference open(Retained retained) {
        retained.kept = reader.read(file).conference();
        retained.fileBytes = fileBytes;
        return retained.kept;
    }

    /** The program kept by an iteration, weighed after it. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Retained {

        /** Retained heap per session, in bytes. */
        public double retainedBytesPerSession;
        /** Retained heap of the whole program, in MB. */
        public double retainedMegabytes;
        /** The file's size in MB: the baseline. */
        public double fileMegabytes;
        /** Retained heap divided by the file's size. */
        public double retainedPerFileByte;

        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Conference kept;
        long fileBytes;
        private long before;

        @Setup(Level.Iteration)
        public void forget() {
            kept = null;
            before = heapAfterCollections();
        }

        /**
         * JMH sums event counters over the measurement iterations, so each iteration records its share
         * (its value divided by their number) and the summary shows the mean; the per-iteration lines
         * of the log show the shares.
         */
        @TearDown(Level.Iteration)
        public void weigh(IterationParams iteration) {
            double share = 1.0 / iteration.getCount();
            // as the window does when it builds the search index: abstracts are converted (and the
            // file's bytes let go) when first read, so a program that was only imported weighs more
            kept.sessions().forEach(Session::abstractText);
            long retained = heapAfterCollections() - before;
            retainedBytesPerSession = share * retained / kept.sessions().size();
            retainedMegabytes = share * retained / 1e6;
            fileMegabytes = share * fileBytes / 1e6;
            retainedPerFileByte = share * retained / fileBytes;
        }

        /** Heap in use once collections stop freeing anything (a few full collections). */
        private long heapAfterCollections() {
            long used = Long.MAX_VALUE;
            for (int i = 0; i < 10; i++) {
                System.gc();
                long now = memory.getHeapMemoryUsage().getUsed();
                if (now >= used - 64 * 1024) {
                    return now;
                }
                used = now;
            }
            return used;
        }
    }
}
