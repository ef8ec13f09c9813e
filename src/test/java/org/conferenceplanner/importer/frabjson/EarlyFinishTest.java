package org.conferenceplanner.importer.frabjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramInput;
import org.junit.jupiter.api.Test;

/**
 * Most events are finished while the file is read, the rest once it is all read: whichever way,
 * every event comes out as if all were finished at the end, in file order.
 */
class EarlyFinishTest {

    private final FrabJsonImporter importer = new FrabJsonImporter();

    private ImportResult read(String json) {
        ImportResult r = importer.read(new ProgramInput("early.json", json.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.succeeded()).as(r.problems().toString()).isTrue();
        return r;
    }

    @Test
    void aZoneNamedAfterTheDaysStillPlacesLocalTimes() {
        ImportResult r = read("""
                {"schedule": {"conference": {"acronym": "x", "title": "X",
                  "days": [{"date": "2025-12-27", "rooms": {"Saal 1": [
                    {"id": 1, "date": "2025-12-27T10:00:00", "duration": "01:00", "title": "Local"},
                    {"id": 2, "date": "2025-12-27T11:00:00+01:00", "duration": "01:00", "title": "With offset"}]}}],
                  "time_zone_name": "America/Denver"}}}
                """);
        List<Session> s = r.conference().sessions();
        assertThat(s.get(0).start()).isEqualTo(Instant.parse("2025-12-27T17:00:00Z"));
        assertThat(s.get(1).start()).isEqualTo(Instant.parse("2025-12-27T10:00:00Z"));
        assertThat(s).extracting(Session::day).containsOnly(LocalDate.parse("2025-12-27"));
    }

    @Test
    void aDayDatedAfterItsRoomsStillDatesItsEvents() {
        ImportResult r = read("""
                {"schedule": {"conference": {"acronym": "x", "title": "X", "time_zone_name": "Europe/Berlin",
                  "days": [{"rooms": {"Saal 1": [
                    {"id": 1, "date": "2025-12-28T00:30:00+01:00", "duration": "01:00", "title": "After midnight"}]},
                    "date": "2025-12-27"}]}}}
                """);
        assertThat(r.conference().sessions().get(0).day()).as("the night after its listed day").isEqualTo(LocalDate.parse("2025-12-27"));
    }

    @Test
    void duplicateIdsAreSettledInFileOrderWhenAnEarlierEventHadToWait() {
        ImportResult r = read("""
                {"schedule": {"conference": {"acronym": "x", "title": "X", "time_zone_name": "Europe/Berlin",
                  "days": [{"date": "2025-12-27", "day_start": "2025-12-27T09:00:00+01:00", "rooms": {"Saal 1": [
                    {"id": 7, "start": "10:00", "duration": "01:00", "title": "Clock time only, waits"},
                    {"id": 7, "date": "2025-12-27T12:00:00+01:00", "duration": "01:00", "title": "Could finish at once"},
                    {"id": 8, "date": "2025-12-27T13:00:00+01:00", "duration": "01:00", "title": "After them"}]}}]}}}
                """);
        assertThat(r.conference().sessions()).extracting(Session::id, Session::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("7", "Clock time only, waits"),
                org.assertj.core.groups.Tuple.tuple("7~2", "Could finish at once"),
                org.assertj.core.groups.Tuple.tuple("8", "After them"));
        assertThat(r.conference().sessions().get(0).start()).isEqualTo(Instant.parse("2025-12-27T09:00:00Z"));
    }

    @Test
    void relativeLinksWaitForABaseUrlWrittenAfterTheConference() {
        ImportResult r = read("""
                {"schedule": {"conference": {"acronym": "x", "title": "X", "time_zone_name": "Europe/Berlin",
                  "days": [{"date": "2025-12-27", "rooms": {"Saal 1": [
                    {"id": 1, "date": "2025-12-27T10:00:00+01:00", "duration": "01:00", "title": "Slides",
                     "links": [{"url": "/attachments/slides.pdf", "title": "Slides"}, "https://example.org/video"]}]}}]},
                  "base_url": "https://frab.example.org/en/x/"}}
                """);
        assertThat(r.conference().sessions().get(0).links()).containsExactly(
                new Link("https://frab.example.org/attachments/slides.pdf", "Slides"), new Link("https://example.org/video", ""));
    }

    @Test
    void brokenJsonCountsEveryEventReadBeforeTheBreak() {
        ImportResult r = importer.read(new ProgramInput("early.json", """
                {"schedule": {"conference": {"acronym": "x", "title": "X", "time_zone_name": "Europe/Berlin",
                  "days": [{"date": "2025-12-27", "rooms": {"Saal 1": [
                    {"id": 1, "date": "2025-12-27T10:00:00+01:00", "duration": "01:00", "title": "One"},
                    {"id": 2, "date": "2025-12-27T11:00:00+01:00", "duration": "01:00", "title": "Two"},
                    {"id": 3, "date": "2025-12-27T12:00:00+01:00", "duration": "01:00", "title": "Th
                """.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.conference().sessions()).extracting(Session::title).containsExactly("One", "Two");
        assertThat(r.firstError().orElseThrow().message()).contains("the 2 events before line 5 are kept");
    }
}
