package org.conferenceplanner.bench;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.export.CalendarExporter;
import org.conferenceplanner.export.ExportFormat;
import org.conferenceplanner.export.ExportOptions;
import org.conferenceplanner.export.ExportResult;
import org.conferenceplanner.export.ExportSelection;
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
 * Exporting a plan of 1,000 sessions as .ics, as "Export plan…" does it (selection of the plan's
 * sessions in the program, export states, ical4j writing, line folding); target at most 300 ms.
 * The program holds {@code sessions} sessions, the plan 1,000 of them spread over it. Baseline in the
 * same run: appending the very lines of that export, CRLF-terminated, to a StringBuilder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class IcsExportBenchmark {

    static final int PICKS = 1000;

    @Param({"1000", "50000"})
    public int sessions;

    private Conference program;
    private Plan plan;
    private CalendarExporter exporter;
    private String[] lines;

    @Setup(Level.Trial)
    public void prepare() {
        program = GeneratedPrograms.load(sessions);
        plan = PlanPicks.spread(program, Math.min(PICKS, sessions), program.days().get(0).atStartOfDay(program.zone()).toInstant());
        exporter = new CalendarExporter(Clock.systemUTC(), "bench");
        ExportResult once = exportPlan();
        if (once.written() != plan.entries().size()) {
            throw new IllegalStateException("the export wrote " + once.written() + " of " + plan.entries().size() + " sessions");
        }
        lines = once.content().split("\r\n");
    }

    @Benchmark
    public ExportResult exportPlan() {
        return exporter.export(ExportFormat.ICS, ExportSelection.ofPlan(program, plan), ExportOptions.defaults());
    }

    @Benchmark
    public String sameLinesWithStringBuilder() {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line).append("\r\n");
        }
        return out.toString();
    }
}
