package org.conferenceplanner.importer.vcal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Severity;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Every SC12 .vcs in ../shared/schedules/sc12/vcs imports to the event that sc12-events.json records for
 * it: the evid as id, its title and room, and exactly its start_utc and end_utc.
 */
class VCalendarRealFilesTest {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private static Map<String, JsonNode> eventsByVcsFile() throws IOException {
        JsonNode root = new ObjectMapper().readTree(SharedData.schedule("sc12/sc12-events.json").toFile());
        Map<String, JsonNode> byFile = new HashMap<>();
        for (JsonNode e : root.path("events")) {
            if (e.hasNonNull("vcs_file")) {
                byFile.put(e.get("vcs_file").asText(), e);
            }
        }
        return byFile;
    }

    private static List<Path> vcsFiles() throws IOException {
        Path dir = SharedData.schedule("sc12/vcs/README.md").getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".vcs")).sorted().toList();
        }
    }

    @Test
    void everyVcsFileIsTheEventSc12EventsJsonRecords() throws IOException {
        Map<String, JsonNode> expected = eventsByVcsFile();
        List<Path> files = vcsFiles();
        assertThat(files).hasSize(31);
        var reader = StandardImporters.reader(ImportLimits.defaults());
        for (Path file : files) {
            String name = file.getFileName().toString();
            JsonNode event = expected.get("vcs/" + name);
            assertThat(event).as("sc12-events.json entry for %s", name).isNotNull();
            ImportResult r = reader.read(file);
            assertThat(r.format()).as(name).isEqualTo(ProgramFormat.VCALENDAR);
            assertThat(r.count(Severity.ERROR)).as("%s: %s", name, r.problems()).isZero();
            assertThat(r.eventsInFile()).as(name).isEqualTo(1);
            assertThat(r.conference().sessions()).as(name).hasSize(1);
            Session s = r.conference().sessions().get(0);
            assertThat(s.id()).as(name).isEqualTo(event.get("evid").asText());
            assertThat(s.title()).as(name).isEqualTo(event.get("title").asText());
            assertThat(s.room()).as(name).isEqualTo(event.get("room").asText());
            assertThat(s.start()).as(name + " start").isEqualTo(Instant.from(UTC.parse(event.get("start_utc").asText())));
            assertThat(s.end()).as(name + " end").isEqualTo(Instant.from(UTC.parse(event.get("end_utc").asText())));
            assertThat(s.abstractText()).as(name).startsWith("[abstract omitted").doesNotStartWith("ABSTRACT");
            assertThat(r.conference().zone()).as(name).isEqualTo(ZoneId.of("UTC"));
            assertThat(r.problems()).as(name).anySatisfy(p -> assertThat(p.message()).contains("the time zone is a guess: UTC"));
        }
    }

    @Test
    void exforum140IsTheOpenOnloadTalkOnWednesdayAt1100Mst() {
        ImportResult r = StandardImporters.reader(ImportLimits.defaults()).read(SharedData.schedule("sc12/vcs/exforum140.vcs"));
        Session s = r.conference().session("exforum140").orElseThrow();
        assertThat(s.title()).isEqualTo("The OpenOnload User-level Network Stack");
        assertThat(s.room()).isEqualTo("155-C");
        assertThat(s.start()).isEqualTo(Instant.parse("2012-11-14T18:00:00Z"));
        assertThat(s.end()).isEqualTo(Instant.parse("2012-11-14T18:30:00Z"));
        assertThat(s.start().atZone(ZoneId.of("America/Denver")).toLocalTime()).hasToString("11:00");
        assertThat(s.abstractText()).contains("\n\n[omitted]");
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.INFO);
            assertThat(p.message()).contains("flat form");
        });
    }

    @Test
    void theLineFormNeedsNoSplitting() {
        ImportResult r = StandardImporters.reader(ImportLimits.defaults()).read(SharedData.schedule("sc12/vcs/pap228.vcs"));
        assertThat(r.problems()).noneSatisfy(p -> assertThat(p.message()).contains("flat form"));
        assertThat(r.conference().session("pap228").orElseThrow().abstractText()).endsWith("[omitted]\n[omitted]");
    }
}
