package org.conferenceplanner.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.search.SearchIndex;
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
 * One keystroke of search-as-you-type over a generated program: the query answered as the ids of
 * the matching sessions. Each call takes the next query of {@link SearchQueries#keystrokes} (single
 * letters, partial words, names, rooms, tracks), so the sampled times are a realistic mix; the
 * target is a median of at most 5 ms and a 99th percentile of at most 16 ms at 50,000 sessions.
 * Baseline: a {@link NaiveSearch} scan of the same texts with {@code String.contains}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class SearchBenchmark {

    @Param({"50000"})
    public int sessions;

    private SearchIndex index;
    private NaiveSearch naive;
    private List<String> queries;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        Conference program = GeneratedPrograms.load(sessions);
        index = SearchIndex.of(program.sessions());
        naive = new NaiveSearch(program.sessions());
        queries = SearchQueries.keystrokes(program, GeneratedPrograms.SEED);
    }

    @Benchmark
    public List<String> index() {
        String q = nextQuery();
        return index.ids(index.find(q));
    }

    @Benchmark
    public List<String> naiveScan() {
        return naive.ids(nextQuery());
    }

    private String nextQuery() {
        String q = queries.get(next);
        next = (next + 1) % queries.size();
        return q;
    }
}
