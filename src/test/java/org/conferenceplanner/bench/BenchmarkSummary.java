package org.conferenceplanner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Prints the figures of a JMH run (its JSON result file, {@code -rf json -rff FILE}) against the
 * targets of issue 7: each benchmark beside its baseline from the same run, the ratio, the target and
 * whether it is met, in wall time and in CPU time per operation (when the run used
 * {@link CpuTimeProfiler}). Used by {@code src/test/scripts/run-benchmarks.sh}; {@code main(FILE)}.
 */
public final class BenchmarkSummary {

    /** A measured method, the baseline it is compared with, and its target. */
    record Target(String benchmark, String baseline, String statistic, double limit, boolean ratio, String label) {
    }

    static final List<Target> TARGETS = List.of(
            new Target("ImportBenchmark.importProgram", "ImportBenchmark.bareStreamingParse", "mean", 2, true,
                    "import ≤ 2× bare streaming parse"),
            new Target("SearchBenchmark.index", "SearchBenchmark.naiveScan", "p50", 5, false, "search median ≤ 5 ms"),
            new Target("SearchBenchmark.index", "SearchBenchmark.naiveScan", "p99", 16, false, "search p99 ≤ 16 ms"),
            new Target("SameTimeBenchmark.sameTime", "SameTimeBenchmark.overlapCountByScan", "p99", 16, false,
                    "same-time list p99 ≤ 16 ms"),
            new Target("DaySwitchBenchmark.daySwitch", "DaySwitchBenchmark.daySwitchBaselineSortByStart", "p50", 50_000, false,
                    "day switch median ≤ 50 ms"),
            new Target("DaySwitchBenchmark.daySwitch", "DaySwitchBenchmark.daySwitchBaselineSortByStart", "p99", 50_000, false,
                    "day switch p99 ≤ 50 ms"),
            new Target("DaySwitchBenchmark.scrollStep", "DaySwitchBenchmark.scrollStepBaselineScanAllBlocks", "p50", 2_000,
                    false, "scroll step median ≤ 2 ms"),
            new Target("DaySwitchBenchmark.scrollStep", "DaySwitchBenchmark.scrollStepBaselineScanAllBlocks", "p99", 2_000,
                    false, "scroll step p99 ≤ 2 ms"),
            new Target("PlanSaveBenchmark.saveThroughStore", "PlanSaveBenchmark.filesWriteForced", "mean", 20, false,
                    "plan save of 1,000 picks ≤ 20 ms"),
            new Target("IcsExportBenchmark.exportPlan", "IcsExportBenchmark.sameLinesWithStringBuilder", "mean", 300, false,
                    ".ics export of 1,000 sessions ≤ 300 ms"),
            new Target("ExportBenchmark.exportPlan", null, "mean", 300, false, "export of 1,000 sessions ≤ 300 ms"),
            new Target("ProgramMemoryBenchmark.open", null, "mean", Double.NaN, false, "retained heap per session (no limit)"));

    private final List<JsonNode> runs = new ArrayList<>();

    BenchmarkSummary(JsonNode results) {
        results.forEach(runs::add);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BenchmarkSummary JMH-RESULT.json");
            System.exit(2);
        }
        new BenchmarkSummary(new ObjectMapper().readTree(Path.of(args[0]).toFile())).print(System.out);
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "%-34s %-30s %12s %12s %12s %8s %8s  %s%n", "benchmark", "parameters", "figure", "cpu/op",
                "baseline", "ratio", "cpu ratio", "target");
        for (JsonNode run : runs) {
            String name = shortName(run);
            Optional<Target> target = TARGETS.stream().filter(t -> t.benchmark().equals(name)).findFirst();
            if (target.isEmpty()) {
                continue;
            }
            for (Target t : TARGETS) {
                if (t.benchmark().equals(name)) {
                    printLine(out, run, t);
                }
            }
        }
    }

    private void printLine(PrintStream out, JsonNode run, Target t) {
        Map<String, String> params = params(run);
        String unit = run.path("primaryMetric").path("scoreUnit").asText();
        double figure = statistic(run, t.statistic());
        double cpu = cpu(run);
        Optional<JsonNode> base = t.baseline() == null ? Optional.empty() : find(t.baseline(), params);
        double baseFigure = base.map(b -> statistic(b, t.statistic())).orElse(Double.NaN);
        double baseCpu = base.map(BenchmarkSummary::cpu).orElse(Double.NaN);
        double ratio = figure / baseFigure;
        double cpuRatio = cpu / baseCpu;
        String verdict;
        if (Double.isNaN(t.limit())) {
            verdict = memory(run);
        } else if (t.ratio()) {
            verdict = verdict(ratio <= t.limit(), cpuRatio <= t.limit()) + "  " + t.label();
        } else {
            // a percentile has no CPU counterpart (CPU time is a mean per operation): judged on wall time alone
            boolean wall = figure <= t.limit();
            boolean onCpu = Double.isNaN(cpu) || t.statistic().startsWith("p") ? wall : cpu <= t.limit();
            verdict = verdict(wall, onCpu) + "  " + t.label();
        }
        out.printf(Locale.ROOT, "%-34s %-30s %12s %12s %12s %8s %8s  %s%n", t.benchmark(), describe(params) + " " + t.statistic(),
                number(figure) + " " + unit.replace("/op", ""), number(cpu), number(baseFigure), times(ratio), times(cpuRatio),
                verdict);
    }

    /** MIXED: met in wall time or in CPU time per operation, not both (a loaded machine inflates wall time). */
    private static String verdict(boolean wall, boolean cpu) {
        return wall && cpu ? "MET   " : wall || cpu ? "MIXED " : "MISSED";
    }

    private static String memory(JsonNode run) {
        JsonNode secondary = run.path("secondaryMetrics");
        return String.format(Locale.ROOT, "%s B/session retained, %s MB, %s× the file",
                number(secondary.path("retainedBytesPerSession").path("score").asDouble(Double.NaN)),
                number(secondary.path("retainedMegabytes").path("score").asDouble(Double.NaN)),
                number(secondary.path("retainedPerFileByte").path("score").asDouble(Double.NaN)));
    }

    private Optional<JsonNode> find(String benchmark, Map<String, String> params) {
        return runs.stream().filter(r -> shortName(r).equals(benchmark) && params(r).equals(params)).findFirst();
    }

    private static String shortName(JsonNode run) {
        String[] parts = run.path("benchmark").asText().split("\\.");
        return parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    private static Map<String, String> params(JsonNode run) {
        Map<String, String> params = new LinkedHashMap<>();
        run.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        return params;
    }

    private static String describe(Map<String, String> params) {
        return String.join(",", params.values());
    }

    /** The mean, or a percentile of a sampled run ({@code p50}, {@code p99}). */
    private static double statistic(JsonNode run, String statistic) {
        JsonNode metric = run.path("primaryMetric");
        if (statistic.equals("mean")) {
            return metric.path("score").asDouble();
        }
        JsonNode percentile = metric.path("scorePercentiles").path(statistic.equals("p50") ? "50.0" : "99.0");
        return percentile.isMissingNode() ? metric.path("score").asDouble() : percentile.asDouble();
    }

    private static double cpu(JsonNode run) {
        return run.path("secondaryMetrics").path("cpu.process.norm").path("score").asDouble(Double.NaN);
    }

    private static String number(double d) {
        if (Double.isNaN(d)) {
            return "-";
        }
        return String.format(Locale.ROOT, d >= 100 ? "%.0f" : d >= 10 ? "%.1f" : "%.3f", d);
    }

    private static String times(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? "-" : String.format(Locale.ROOT, "%.2f×", d);
    }
}
