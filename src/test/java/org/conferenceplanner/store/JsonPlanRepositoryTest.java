package org.conferenceplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.planner.LoadReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonPlanRepositoryTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Samples.T0, ZoneOffset.UTC);

    private JsonPlanRepository repository() {
        return new JsonPlanRepository(dir, clock, Duration.ofMillis(50));
    }

    @Test
    void everyFieldSurvivesARestart() {
        Plan plan = Samples.fullPlan("39c3");
        try (JsonPlanRepository repo = repository()) {
            repo.save(plan);
        }
        try (JsonPlanRepository repo = repository()) {
            LoadReport report = repo.open("39c3");
            assertThat(report.plan()).isEqualTo(plan);
            assertThat(report.writable()).isTrue();
            assertThat(report.notices()).isEmpty();
        }
    }

    @Test
    void aNewConferenceHasAnEmptyPlanAndNoFile() {
        try (JsonPlanRepository repo = repository()) {
            assertThat(repo.load("fosdem")).isEqualTo(Plan.empty("fosdem"));
        }
        assertThat(dir.resolve("fosdem.json")).doesNotExist();
    }

    @Test
    void peekingTakesNoLockAndRepairsNothing() throws IOException {
        Plan plan = Samples.fullPlan("c");
        try (JsonPlanRepository repo = repository()) {
            repo.save(plan);
        }
        Files.writeString(dir.resolve("damaged.json"), "{\"schemaVersion\": 1, \"conf");
        try (JsonPlanRepository looker = repository(); JsonPlanRepository owner = repository()) {
            assertThat(looker.peek("c")).isEqualTo(plan);
            assertThat(looker.peek("damaged")).isEqualTo(Plan.empty("damaged"));
            // The plans looked at are still free for another copy, and the damaged file is where it was.
            assertThat(owner.open("c").writable()).isTrue();
            assertThat(owner.peek("c")).isEqualTo(plan);
            owner.save(plan.without("101"));
            assertThat(owner.peek("c")).as("an open plan is peeked as it is now").isEqualTo(plan.without("101"));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("unreadable"))
                    .contains("damaged.json");
        }
    }

    @Test
    void aSaveIsWrittenWithinTheDebounceWithoutAFlush() throws Exception {
        try (JsonPlanRepository repo = repository()) {
            repo.save(Samples.fullPlan("c"));
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!Files.exists(dir.resolve("c.json")) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(dir.resolve("c.json")).exists();
        }
    }

    @Test
    void thePreviousFileBecomesTheBackup() throws IOException {
        Plan first = Samples.fullPlan("c");
        Plan second = first.without("101");
        try (JsonPlanRepository repo = repository()) {
            repo.save(first);
            repo.flush();
            repo.save(second);
            repo.flush();
        }
        try (JsonPlanRepository repo = repository()) {
            assertThat(repo.load("c")).isEqualTo(second);
        }
        String backup = Files.readString(dir.resolve("c.json.bak"));
        assertThat(backup).contains("\"sessionId\" : \"101\"");
    }
}
