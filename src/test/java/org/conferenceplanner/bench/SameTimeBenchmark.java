package org.conferenceplanner.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.planner.SameTime;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Selecting a session: the detail pane's "At the same time" list ({@link SameTime}), worked out on
 * the FX thread at every selection, so it must fit in a frame (target p99 ≤ 16 ms) at 50,000 sessions.
 * Each call takes the next of the program's scheduled sessions in a shuffled order. Baseline: one
 * scan of the program counting the sessions that overlap, the least any answer costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class SameTimeBenchmark {

    @Param({"50000"})
    public int sessions;

    private Conference program;
    private List<Session> selections;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        program = GeneratedPrograms.load(sessions);
        selections = new ArrayList<>(program.sessions().stream().filter(Session::isScheduled).toList());
        Collections.shuffle(selections, new Random(GeneratedPrograms.SEED));
    }

    @Benchmark
    public List<Session> sameTime() {
        return SameTime.as(program, nextSelection());
    }

    @Benchmark
    public int overlapCountByScan() {
        Session s = nextSelection();
        int count = 0;
        for (Session other : program.sessions()) {
            if (other.overlaps(s)) {
                count++;
            }
        }
        return count;
    }

    private Session nextSelection() {
        Session s = selections.get(next);
        next = (next + 1) % selections.size();
        return s;
    }
}
