package org.conferenceplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every JMH benchmark once, briefly, in-process, so they cannot rot. The figures it prints are
 * not measurements (no fork, no warm-up); the real run is the documented {@code -Pbench} command.
 */
class BenchmarkSmokeTest {

    @Test
    void everyBenchmarkRunsOnTheSmallestSizes() throws RunnerException {
        GeneratedPrograms.SOURCES.forEach(SharedData::schedule);
        Options options = new OptionsBuilder()
                .include("org\\.conferenceplanner\\.bench\\..*Benchmark.*")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .param("program", "frab-xml/fosdem-2025.xml", "gen-json-1000")
                .param("sessions", "1000")
                .param("format", "json")
                .param("day", "synthetic")
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        assertThat(results).isNotEmpty();
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}
