package org.conferenceplanner.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * A JMH profiler ({@code -prof org.conferenceplanner.bench.CpuTimeProfiler}) that reports the CPU
 * time the benchmark's JVM used per operation (in the benchmark's time unit), all threads (GC and JIT
 * included), and the share of the wall-clock time the JVM was on a CPU. On a machine shared with other
 * work, wall-clock times grow with the load while CPU time per operation hardly does, so the two
 * together tell a slow operation from a starved one.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuBefore;
    private long wallBefore;

    @Override
    public String getDescription() {
        return "process CPU time per operation (all threads), and CPU time / wall time";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuBefore = os.getProcessCpuTime();
        wallBefore = System.nanoTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long cpu = os.getProcessCpuTime() - cpuBefore;
        long wall = System.nanoTime() - wallBefore;
        long ops = Math.max(1, result.getMetadata().getAllOps());
        TimeUnit unit = benchmarkParams.getTimeUnit();
        return List.of(
                new ScalarResult("cpu.process.norm", (double) cpu / unit.toNanos(1) / ops, TimeValue.tuToString(unit) + "/op",
                        AggregationPolicy.AVG),
                new ScalarResult("cpu.share", (double) cpu / wall, "cpu/wall", AggregationPolicy.AVG));
    }
}
