package org.conferenceplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conferenceplanner.app.CompositionRoot;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code inspect} run in-process as the jar runs it, with stdout and stderr captured. */
class InspectCommandTest {

    /** One run: exit code and what went to each stream. */
    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @TempDir
    Path dir;

    @Test
    void printsFormatTitleZoneDaysRoomsSessionsAndEveryProblemWithItsLine() {
        Path quirks = SharedData.fixture("sctext/sc-quirks.txt");
        Run run = run("inspect", quirks.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(quirks.toString())
                .contains("format:    SC program page text")
                .contains("title:     SC12 Quirks")
                .contains("time zone: America/Denver")
                .contains("days:      7 (2012-11-10 to 2012-11-16)")
                .contains("rooms:     6")
                .contains("sessions:  6 (1 unscheduled)")
                .contains("problems:  2")
                .contains("WARNING sc-quirks.txt:6: \"Undated Poster Exhibit\" has no date; it is kept as unscheduled")
                .contains("WARNING sc-quirks.txt:69: TIME \"8:30-5:00\"");
        assertNoStackTrace(run);
    }

    @Test
    void exitsZeroWhenEveryFileImportedEvenWithWarnings() {
        Run run = run("inspect", SharedData.fixture("sctext/seed-openonload.txt").toString(),
                SharedData.fixture("sctext/sc-broken.txt").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("merged: 1").contains("problems:  11").contains("WARNING");
    }

    @Test
    void jsonHasOneObjectPerFileWithTheDocumentedKeys() throws IOException {
        Path seed = SharedData.fixture("sctext/seed-openonload.txt");
        Path quirks = SharedData.fixture("sctext/sc-quirks.txt");
        Run run = run("inspect", "--json", seed.toString(), quirks.toString());
        assertThat(run.exit()).isZero();
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        JsonNode first = array.get(0);
        assertThat(first.fieldNames()).toIterable().contains("file", "format", "title", "timeZone", "days", "rooms",
                "sessions", "problems");
        assertThat(first.path("file").asText()).isEqualTo(seed.toString());
        assertThat(first.path("format").asText()).isEqualTo("SC_TEXT");
        assertThat(first.path("title").asText()).isEqualTo("SC12");
        assertThat(first.path("timeZone").asText()).isEqualTo("America/Denver");
        assertThat(first.path("days")).hasSize(7);
        assertThat(first.path("days").get(0).asText()).isEqualTo("2012-11-10");
        assertThat(first.path("rooms")).extracting(JsonNode::asText).containsExactly("155-C");
        assertThat(first.path("sessions").asInt()).isEqualTo(1);
        assertThat(first.path("problems")).hasSize(3).allSatisfy(p -> {
            assertThat(p.path("severity").asText()).isIn("INFO", "WARNING", "ERROR");
            assertThat(p.path("message").asText()).isNotBlank();
            assertThat(p.path("location").asText()).startsWith("seed-openonload.txt");
        });
        assertThat(first.path("problems")).anySatisfy(p -> {
            assertThat(p.path("location").asText()).isEqualTo("seed-openonload.txt:19");
            assertThat(p.path("message").asText()).contains("merged");
        });
        assertThat(array.get(1).path("sessions").asInt()).isEqualTo(6);
    }

    @Test
    void aFileThatCannotBeImportedExitsTwoWithOneLineNamingItAndTheReason() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path seed = SharedData.fixture("sctext/seed-openonload.txt");
        Run run = run("inspect", seed.toString(), empty.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("conference-planner: " + empty + ": the file is empty");
        assertThat(run.out()).contains("SC program page text");
        assertNoStackTrace(run);
    }

    @Test
    void everyUnreadableFileGetsItsOwnErrorLineWithThePathAsGiven() throws IOException {
        Path bad = Files.writeString(dir.resolve("garbage.bin"), "\u0000\u0001PNG\u0000garbage");
        Path missing = dir.resolve("missing.ics");
        Run run = run("inspect", bad.toString(), missing.toString(), dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "conference-planner: " + bad + ": this is not a program file this app reads (frab/Pentabarf XML or JSON, "
                        + "iCalendar, vCalendar 1.0 or SC program text)",
                "conference-planner: " + missing + ": the file does not exist",
                "conference-planner: " + dir + ": this is a folder, not a program file");
        Matcher m = ERROR_LINE.matcher(run.errLines().get(0));
        assertThat(m.matches()).isTrue();
        assertNoStackTrace(run);
    }

    @Test
    void jsonOfAFileThatCannotBeImportedStillNamesItAndItsError() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.xml"), "  \n");
        Run run = run("inspect", "--json", empty.toString());
        assertThat(run.exit()).isEqualTo(2);
        JsonNode o = new ObjectMapper().readTree(run.out()).get(0);
        assertThat(o.path("file").asText()).isEqualTo(empty.toString());
        assertThat(o.path("format").isNull()).isTrue();
        assertThat(o.path("title").isNull()).isTrue();
        assertThat(o.path("sessions").asInt()).isZero();
        assertThat(o.path("problems")).singleElement().satisfies(p -> {
            assertThat(p.path("severity").asText()).isEqualTo("ERROR");
            assertThat(p.path("message").asText()).isEqualTo("the file is empty");
        });
        assertThat(run.errLines()).hasSize(1);
    }

    @Test
    void helpListsInspectAndItsOptions() {
        Run root = run("--help");
        assertThat(root.exit()).isZero();
        assertThat(root.out()).contains("Usage: conference-planner").contains("inspect").contains("--version");
        Run inspect = run("inspect", "--help");
        assertThat(inspect.exit()).isZero();
        assertThat(inspect.out()).contains("Usage: conference-planner inspect").contains("--json").contains("FILE");
        assertThat(run("help", "inspect").out()).isEqualTo(inspect.out());
    }

    @Test
    void versionIsThePomsVersion() throws IOException {
        Run run = run("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out().strip()).isEqualTo("Conference Planner " + pomVersion());
    }

    @Test
    void usageMistakesGetOneMessageAndTheUsageNeverAStackTrace() {
        Run noFile = run("inspect");
        assertThat(noFile.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(noFile.err()).contains("Missing required parameter").contains("Usage:");
        Run unknown = run("inspect", "--bogus", "x");
        assertThat(unknown.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(unknown.err()).contains("--bogus");
        Run noCommand = run("frobnicate");
        assertThat(noCommand.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
        for (Run r : List.of(noFile, unknown, noCommand)) {
            assertNoStackTrace(r);
        }
    }

    @Test
    void everyRealProgramIsInspectedWithoutAStackTrace() throws IOException {
        Path schedules = SharedData.schedule("SOURCES.md").getParent();
        List<String> args = new java.util.ArrayList<>(List.of("inspect", "--json"));
        try (var files = Files.walk(schedules)) {
            files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .map(Path::toString).sorted().forEach(args::add);
        }
        Run run = run(args.toArray(String[]::new));
        assertNoStackTrace(run);
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array).hasSize(args.size() - 2);
        // whatever each file gives, the exit code says whether all were imported
        boolean allImported = true;
        for (JsonNode o : array) {
            allImported &= !o.path("title").isNull();
        }
        assertThat(run.exit()).isEqualTo(allImported ? 0 : 2);
        assertThat(run.errLines()).hasSize((int) java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .filter(o -> o.path("title").isNull()).count());
    }

    private static final Pattern ERROR_LINE = Pattern.compile("conference-planner: (\\S+?)(?::(\\d+))?: (.+)");

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CompositionRoot.commandLine(Map.of());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static void assertNoStackTrace(Run run) {
        for (String stream : List.of(run.out(), run.err())) {
            assertThat(stream).doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(").doesNotContain("Exception")
                    .doesNotContain("Caused by");
        }
    }

    static String pomVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        // the project's own version: the first <version> after the project's <artifactId>
        Matcher m = Pattern.compile("<artifactId>conference-planner</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).as("project version in pom.xml").isTrue();
        return m.group(1);
    }
}
