package org.conferenceplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary of a JMH result file: figures beside their baselines, ratios, and the targets' verdicts. */
class BenchmarkSummaryTest {

    private static String run(String benchmark, String params, String unit, double score, double cpu, String percentiles) {
        return """
                {"benchmark": "org.conferenceplanner.bench.%s", "params": {%s},
                 "primaryMetric": {"score": %s, "scoreUnit": "%s"%s},
                 "secondaryMetrics": {"cpu.process.norm": {"score": %s, "scoreUnit": "%s"}}}
                """.formatted(benchmark, params, score, unit, percentiles.isEmpty() ? "" : ", \"scorePercentiles\": {" + percentiles + "}",
                cpu, unit);
    }

    private static List<String> summarise(String... runs) throws IOException {
        BenchmarkSummary summary = new BenchmarkSummary(new ObjectMapper().readTree("[" + String.join(",", runs) + "]"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        summary.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void importIsComparedWithTheBarePassOfTheSameProgram() throws IOException {
        String xml = "\"program\": \"gen-xml-1000\"";
        String json = "\"program\": \"gen-json-1000\"";
        List<String> lines = summarise(
                run("ImportBenchmark.importProgram", xml, "ms/op", 9, 9, ""),
                run("ImportBenchmark.bareStreamingParse", xml, "ms/op", 6, 6, ""),
                run("ImportBenchmark.importProgram", json, "ms/op", 10, 12, ""),
                run("ImportBenchmark.bareStreamingParse", json, "ms/op", 4, 4, ""));

        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("gen-xml-1000", "1.50×", "MET").doesNotContain("MISSED");
        assertThat(lines.get(2)).contains("gen-json-1000", "2.50×", "3.00×", "MISSED");
    }

    @Test
    void sampledTargetsUseTheirPercentile() throws IOException {
        String params = "\"sessions\": \"50000\"";
        List<String> lines = summarise(
                run("SearchBenchmark.index", params, "ms/op", 1, 0.5, "\"50.0\": 0.2, \"99.0\": 20.0"),
                run("SearchBenchmark.naiveScan", params, "ms/op", 40, 40, "\"50.0\": 30.0, \"99.0\": 80.0"));

        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("p50", "0.200", "MET", "median ≤ 5 ms");
        assertThat(lines.get(2)).contains("p99", "20.0", "MISSED", "p99 ≤ 16 ms");
    }

    @Test
    void aBaselineRunAloneGivesNoLine() throws IOException {
        assertThat(summarise(run("ImportBenchmark.bareStreamingParse", "\"program\": \"x\"", "ms/op", 4, 4, ""))).hasSize(1);
    }
}
