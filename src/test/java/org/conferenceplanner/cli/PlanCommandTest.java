package org.conferenceplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.cli.InspectCommandTest.assertNoStackTrace;
import static org.conferenceplanner.cli.InspectCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.conferenceplanner.cli.InspectCommandTest.Run;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.store.JsonPlanRepository;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan list|add|remove|clear} run in-process as the jar runs them. */
class PlanCommandTest {

    @TempDir
    Path dir;

    private final Path program = SharedData.fixture("frabjson/classic-quirks.json");

    private Run plan(String sub, String... rest) {
        String[] args = new String[rest.length + 5];
        args[0] = "plan";
        args[1] = sub;
        args[2] = "--program";
        args[3] = program.toString();
        args[4] = "--data-dir=" + dir;
        System.arraycopy(rest, 0, args, 5, rest.length);
        Run run = run(args);
        assertNoStackTrace(run);
        return run;
    }

    @Test
    void addedSessionsAreSavedInTheDataDirectoryAndListedInTimeOrder() {
        Run add = plan("add", "102", "101");
        assertThat(add.exit()).isZero();
        assertThat(add.err()).isEmpty();
        assertThat(add.out().lines()).containsExactly("added 102  Same text twice", "added 101  Opening");
        assertThat(dir.resolve("plans/quirkcon.json")).exists();

        Run maybe = plan("add", "--maybe", "--note", "if awake", "102");
        assertThat(maybe.out().lines()).containsExactly("updated 102  Same text twice");

        Run list = plan("list");
        assertThat(list.exit()).isZero();
        assertThat(list.out().lines()).containsExactly(
                "Quirk Conference 2024 (quirkcon): 2 sessions in your plan",
                "  101  Fri 1 Mar 10:00–10:45  Saal Ü  must  Opening",
                "  102  Fri 1 Mar 11:00–12:30  Saal Ü  maybe  Same text twice  (if awake)");
    }

    @Test
    void jsonListHasIdTitleStartEndRoomPriorityAndNote() throws IOException {
        plan("add", "--note", "front row", "101");
        Run list = plan("list", "--json");
        assertThat(list.exit()).isZero();
        JsonNode array = new ObjectMapper().readTree(list.out());
        assertThat(array).hasSize(1);
        JsonNode s = array.get(0);
        assertThat(s.path("id").asText()).isEqualTo("101");
        assertThat(s.path("title").asText()).isEqualTo("Opening");
        assertThat(s.path("start").asText()).isEqualTo("2024-03-01T10:00+01:00");
        assertThat(s.path("end").asText()).isEqualTo("2024-03-01T10:45+01:00");
        assertThat(s.path("room").asText()).isEqualTo("Saal Ü");
        assertThat(s.path("priority").asText()).isEqualTo("MUST");
        assertThat(s.path("note").asText()).isEqualTo("front row");
        assertThat(s.path("inProgram").asBoolean()).isTrue();
    }

    @Test
    void anEmptyPlanListsNothing() throws IOException {
        assertThat(plan("list").out()).isEqualTo("Quirk Conference 2024 (quirkcon): no sessions in your plan\n");
        assertThat(new ObjectMapper().readTree(plan("list", "--json").out())).isEmpty();
    }

    @Test
    void unknownIdsAreRefusedAndNothingIsAdded() {
        Run run = plan("add", "101", "999", "nope");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("conference-planner: no sessions with ids \"999\", \"nope\" in "
                + program + " (6 sessions; the ids are the program's own: frab event id, iCalendar UID, SC evid); "
                + "nothing was added");
        assertThat(plan("list").out()).contains("no sessions in your plan");
    }

    @Test
    void removeAndClear() {
        plan("add", "101", "102");
        Run missing = plan("remove", "101", "7");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.errLines()).containsExactly(
                "conference-planner: \"7\" is not in your plan for quirkcon; nothing was removed");
        Run remove = plan("remove", "101");
        assertThat(remove.exit()).isZero();
        assertThat(remove.out()).isEqualTo("removed 101  Opening\n");
        assertThat(plan("list").out().lines()).hasSize(2).last().asString().startsWith("  102");
        Run clear = plan("clear");
        assertThat(clear.out()).isEqualTo("removed 1 session from your plan for quirkcon\n");
        assertThat(plan("list").out()).contains("no sessions in your plan");
    }

    @Test
    void theAppReadsWhatTheCommandLineWrote() {
        plan("add", "--maybe", "102");
        try (JsonPlanRepository repo = new JsonPlanRepository(dir.resolve("plans"), Clock.systemUTC(), Duration.ZERO)) {
            PlanEntry e = repo.load("quirkcon").entry("102").orElseThrow();
            assertThat(e.priority()).isEqualTo(Priority.MAYBE);
            assertThat(e.lastKnown().title()).isEqualTo("Same text twice");
            assertThat(e.lastKnown().room()).isEqualTo("Saal Ü");
        }
    }

    @Test
    void aPlanOpenInTheAppIsNotChangedAndTheCommandSaysWhy() {
        plan("add", "101");
        try (JsonPlanRepository app = new JsonPlanRepository(dir.resolve("plans"), Clock.systemUTC(), Duration.ZERO)) {
            app.open("quirkcon");
            Run run = plan("add", "102");
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.errLines()).containsExactly(
                    "conference-planner: Another copy of Conference Planner (process " + ProcessHandle.current().pid()
                            + ") has the plan for quirkcon open. It is shown read-only here: changes made in this copy "
                            + "are not saved. Close the other copy and open the program again to edit the plan.",
                    "conference-planner: the plan for quirkcon was not changed: it cannot be written now (see above)");
            assertThat(plan("list").out()).contains("  101  ").doesNotContain("  102  ");
        }
    }

    @Test
    void anUnreadableProgramIsOneLineNamingThePath() throws IOException {
        Path bad = Files.writeString(dir.resolve("schedule.xml"), "");
        Run run = run("plan", "list", "--program", bad.toString(), "--data-dir", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("conference-planner: " + bad + ": the file is empty");
        assertNoStackTrace(run);
        Run missing = run("plan", "add", "--program", dir.resolve("nope.json").toString(), "1");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.errLines()).containsExactly("conference-planner: " + dir.resolve("nope.json")
                + ": the file does not exist");
    }

    @Test
    void aMissingProgramOptionIsAUsageError() {
        Run run = run("plan", "list");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--program=FILE'");
        assertNoStackTrace(run);
    }

    @Test
    void aPlanThatCannotBeSavedFailsWithTheReason() throws IOException {
        Path blocker = Files.writeString(dir.resolve("blocked"), "a file where the data folder should be");
        Run run = run("plan", "add", "--program", program.toString(), "--data-dir", blocker.toString(), "101");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "conference-planner: The plan for quirkcon cannot be saved in " + blocker.resolve("plans") + ": a file is "
                        + "in the way where a folder should be. You can go on planning, but changes are kept only until "
                        + "the app closes.",
                "conference-planner: the plan for quirkcon was not changed: it cannot be written now (see above)");
        assertNoStackTrace(run);
    }
}
