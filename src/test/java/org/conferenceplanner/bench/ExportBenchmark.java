package org.conferenceplanner.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Session;
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
 * Export of a whole plan (every session of a generated FOSDEM-shaped program picked, with a reminder
 * and earlier export states, so SEQUENCE is computed for each) in each format. Target: 1,000 sessions
 * as .ics in at most 300 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ExportBenchmark {

    @Param({"1000"})
    public int sessions;

    @Param({"ICS", "VCS", "GOOGLE"})
    public ExportFormat calendar;

    private CalendarExporter exporter;
    private ExportSelection selection;
    private final ExportOptions options = ExportOptions.defaults().withAlarm(10).withCalendarName("FOSDEM plan");

    @Setup(Level.Trial)
    public void plan() {
        Conference program = GeneratedPrograms.load(sessions);
        Instant picked = Instant.parse("2025-01-20T10:00:00Z");
        Plan plan = Plan.empty(program.id());
        for (Session s : program.sessions()) {
            plan = plan.with(PlanEntry.of(s, picked));
        }
        exporter = new CalendarExporter(Clock.fixed(Instant.parse("2025-01-25T10:00:00Z"), ZoneOffset.UTC), "bench");
        // a second export, as after a program update: every session has a state to compare with
        plan = exporter.export(ExportFormat.ICS, ExportSelection.ofPlan(program, plan), ExportOptions.defaults()).applyTo(plan);
        selection = ExportSelection.ofPlan(program, plan);
    }

    @Benchmark
    public ExportResult exportPlan() {
        return exporter.export(calendar, selection, options);
    }
}
