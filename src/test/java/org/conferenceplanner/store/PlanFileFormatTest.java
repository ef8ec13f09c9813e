package org.conferenceplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.planner.LoadReport;
import org.conferenceplanner.planner.StorageNotice;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan file's JSON: what is written, unknown fields, older and newer schema versions. */
class PlanFileFormatTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Samples.T0, ZoneOffset.UTC);
    private final ObjectMapper json = new ObjectMapper();

    private JsonPlanRepository repository() {
        return new JsonPlanRepository(dir, clock, Duration.ofMillis(20));
    }

    private Path fixture(String name) throws IOException {
        return Files.copy(SharedData.fixture("store/" + name), dir.resolve("democon.json"));
    }

    @Test
    void theFileSaysItsSchemaVersionAndEveryField() throws IOException {
        try (JsonPlanRepository repo = repository()) {
            repo.save(Samples.fullPlan("39c3"));
        }
        JsonNode root = json.readTree(dir.resolve("39c3.json").toFile());
        assertThat(root.path("schemaVersion").asInt()).isEqualTo(2);
        assertThat(root.path("conferenceId").asText()).isEqualTo("39c3");
        assertThat(root.path("savedAt").asText()).isEqualTo("2025-12-27T10:00:00Z");
        JsonNode first = root.path("entries").get(0);
        assertThat(first.path("sessionId").asText()).isEqualTo("101");
        assertThat(first.path("priority").asText()).isEqualTo("MUST");
        assertThat(first.path("note").asText()).isEqualTo("bring laptop");
        assertThat(first.path("attended").asBoolean()).isTrue();
        assertThat(first.path("addedAt").asText()).isEqualTo("2025-12-26T10:00:00Z");
        assertThat(first.path("lastKnown").path("room").asText()).isEqualTo("Saal 1");
        assertThat(first.path("lastKnown").path("start").asText()).isEqualTo("2025-12-27T10:00:00Z");
        assertThat(first.path("lastKnown").path("people").get(1).path("role").asText()).isEqualTo("CHAIR");
        assertThat(root.path("entries").get(1).path("priority").asText()).isEqualTo("MAYBE");
        assertThat(root.path("exports").path("999").path("cancelled").asBoolean()).isTrue();
        assertThat(root.path("exports").path("101").path("sequence").asInt()).isEqualTo(3);
        assertThat(root.path("exports").path("101").path("uid").asText()).isEqualTo("101@39c3.conference-planner");
        assertThat(root.path("exports").path("999").path("uid").isNull()).as("no UID kept").isTrue();
    }

    @Test
    void unknownFieldsAtEveryLevelSurviveLoadAndSave() throws IOException {
        Path file = fixture("plan-unknown-fields.json");
        try (JsonPlanRepository repo = repository()) {
            Plan plan = repo.load("democon");
            repo.save(plan.with(plan.entry("ABC123").orElseThrow().withNote("changed")));
        }
        JsonNode root = json.readTree(file.toFile());
        assertThat(root.path("syncAccount").path("provider").asText()).isEqualTo("caldav");
        JsonNode entry = root.path("entries").get(0);
        assertThat(entry.path("note").asText()).isEqualTo("changed");
        assertThat(entry.path("colour").asText()).isEqualTo("green");
        assertThat(entry.path("lastKnown").path("recordingLicense").asText()).isEqualTo("CC-BY");
        assertThat(entry.path("lastKnown").path("people").get(0).path("pronouns").asText()).isEqualTo("she/her");
        assertThat(entry.path("lastKnown").path("links").get(0).path("mime").asText()).isEqualTo("application/pdf");
        assertThat(root.path("exports").path("ABC123").path("calendarName").asText()).isEqualTo("Work");
    }

    @Test
    void anOlderSchemaIsMigratedAndTheOriginalKeptAsBackup() throws IOException {
        Path file = fixture("plan-v1.json");
        byte[] original = Files.readAllBytes(file);
        try (JsonPlanRepository repo = repository()) {
            LoadReport report = repo.open("democon");
            assertThat(report.writable()).isTrue();
            assertThat(report.notices()).extracting(StorageNotice::kind).containsExactly(StorageNotice.Kind.MIGRATED);
            assertThat(report.notices().get(0).message()).isEqualTo("Your plan for democon was written in an older format "
                    + "(plan format 1); it was read and will be saved in format 2, keeping the old file as the backup.");
            Plan plan = report.plan();
            assertThat(plan.entries()).extracting(PlanEntry::sessionId).containsExactly("ABC123", "DEF456");
            PlanEntry first = plan.entries().get(0);
            assertThat(first.priority()).isEqualTo(Priority.MUST);
            assertThat(first.note()).isEqualTo("front row");
            assertThat(first.attended()).isFalse();
            assertThat(first.addedAt()).isEqualTo(Instant.parse("2022-08-30T10:00:00Z"));
            assertThat(first.lastKnown().id()).isEqualTo("ABC123");
            assertThat(plan.entries().get(1).priority()).isEqualTo(Priority.MAYBE);
            repo.save(plan.with(first.withAttended(true)));
        }
        JsonNode root = json.readTree(file.toFile());
        assertThat(root.path("schemaVersion").asInt()).isEqualTo(2);
        assertThat(root.has("sessions")).isFalse();
        assertThat(root.path("windowLayout").asText()).isEqualTo("kept as is");
        assertThat(root.path("entries").get(1).path("colour").asText()).isEqualTo("green");
        assertThat(root.path("entries").get(0).path("attended").asBoolean()).isTrue();
        assertThat(Files.readAllBytes(dir.resolve("democon.json.bak"))).isEqualTo(original);
    }

    @Test
    void aNewerSchemaIsShownReadOnlyAndNeverWritten() throws IOException {
        Path file = fixture("plan-v99.json");
        byte[] original = Files.readAllBytes(file);
        try (JsonPlanRepository repo = repository()) {
            LoadReport report = repo.open("democon");
            assertThat(report.writable()).isFalse();
            assertThat(report.plan().entry("ABC123").orElseThrow().note()).isEqualTo("from the future");
            assertThat(report.notices()).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(StorageNotice.Kind.READ_ONLY_NEWER_VERSION);
                assertThat(n.message()).isEqualTo("Your plan for democon in " + file + " was written by a newer version "
                        + "of Conference Planner (plan format 99; this version reads up to 2). It is shown read-only and "
                        + "the file is left untouched: changes made now are not saved.");
            });
            Plan changed = report.plan().without("ABC123");
            repo.save(changed);
            repo.flush();
            assertThat(repo.load("democon")).isEqualTo(changed);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(dir.resolve("democon.json.bak")).doesNotExist();
    }
}
