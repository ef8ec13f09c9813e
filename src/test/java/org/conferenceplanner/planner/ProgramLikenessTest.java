package org.conferenceplanner.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.ProgramSource;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.testing.ProgramVersions;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a program under a new conference id looks like a newer version of a known one: real pairs and edges. */
class ProgramLikenessTest {

    private final ProgramReader reader = StandardImporters.reader(ImportLimits.defaults());

    @TempDir
    Path dir;

    private Conference read(Path file) {
        ImportResult result = reader.read(file);
        assertThat(result.succeeded()).as(file.toString()).isTrue();
        return result.conference();
    }

    private Conference schedule(String name) {
        return read(SharedData.schedule(name));
    }

    private Conference sc12() {
        ImportResult result = reader.readResource("/programs/sc12.txt", "sc12.txt");
        assertThat(result.succeeded()).isTrue();
        return result.conference();
    }

    @Test
    void demoConXmlAndItsIcsUnderARenamedEventAreAlike() {
        Conference xml = schedule("frab-xml/pretalx-democon-2022.xml");
        Conference ics = read(ProgramVersions.demoConIcsRenamed(dir));
        assertThat(ics.id()).isEqualTo(ProgramVersions.RENAMED_ID).isNotEqualTo(xml.id());

        ProgramLikeness likeness = ProgramLikeness.of(xml, ics);

        // The XML's 35 talks are all in the ICS (by title: the ICS has no guids); the ICS adds HEMUKA.
        assertThat(likeness).isEqualTo(new ProgramLikeness(true, 35, 35));
        assertThat(likeness.alike()).isTrue();
        assertThat(ProgramLikeness.of(ics, xml)).isEqualTo(likeness);
    }

    @Test
    void chaosCongressPreliminaryAndFinalAreAlike() {
        Conference preliminary = schedule("frab-xml/39c3-schedule-20251206-preliminary.xml");
        Conference last = schedule("frab-json/39c3-everything.schedule.json");

        ProgramLikeness likeness = ProgramLikeness.of(preliminary, last);

        assertThat(likeness.daysOverlap()).isTrue();
        assertThat(likeness.compared()).isEqualTo(preliminary.sessions().size());
        assertThat(likeness.share()).isGreaterThan(0.8);
        assertThat(likeness.alike()).isTrue();
    }

    @Test
    void sc12AndFosdemAreNotAlike() {
        ProgramLikeness likeness = ProgramLikeness.of(sc12(), schedule("frab-xml/fosdem-2025.xml"));
        assertThat(likeness.daysOverlap()).isFalse();
        assertThat(likeness.alike()).isFalse();
    }

    @Test
    void twoCongressesAYearApartAreNotAlikeThoughTheyShareSomeTitles() {
        Conference c38 = schedule("frab-xml/38c3-schedule-20251206.xml");
        Conference c39 = schedule("frab-json/39c3-everything.schedule.json");
        ProgramLikeness likeness = ProgramLikeness.of(c38, c39);
        assertThat(likeness.matched()).isPositive();
        assertThat(likeness.daysOverlap()).isFalse();
        assertThat(likeness.alike()).isFalse();
    }

    @Test
    void sameDaysButFewSharedSessionsIsNotAlike() {
        Conference a = program(LocalDate.of(2025, 6, 14), "Keynote", "Mesh networks", "Soldering", "Radio", "Lightning talks");
        Conference b = program(LocalDate.of(2025, 6, 14), "Keynote", "Lightning talks", "Knitting", "Baking", "Rust");
        ProgramLikeness likeness = ProgramLikeness.of(a, b);
        assertThat(likeness).isEqualTo(new ProgramLikeness(true, 2, 5));
        assertThat(likeness.alike()).isFalse();
    }

    @Test
    void halfTheSessionsOnOverlappingDaysIsAlike() {
        Conference a = program(LocalDate.of(2025, 6, 14), "Keynote", "Mesh networks", "Soldering", "Radio");
        Conference b = program(LocalDate.of(2025, 6, 14), "KEYNOTE ", "mesh  networks", "Knitting", "Baking", "Rust");
        assertThat(ProgramLikeness.of(a, b)).isEqualTo(new ProgramLikeness(true, 2, 4));
        assertThat(ProgramLikeness.of(a, b).alike()).isTrue();
    }

    @Test
    void programsWithoutSessionsAreNeverAlike() {
        Conference empty = program(LocalDate.of(2025, 6, 14));
        assertThat(ProgramLikeness.of(empty, empty).alike()).isFalse();
    }

    private static Conference program(LocalDate day, String... titles) {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            Instant start = day.atTime(10 + i, 0).atZone(zone).toInstant();
            sessions.add(Session.builder("s" + i).title(titles[i]).start(start).end(start.plusSeconds(1800))
                    .day(day).build());
        }
        return new Conference("c", "C", zone, "", List.of(day), List.of(), sessions,
                new ProgramSource("c.json", ProgramFormat.FRAB_JSON, ""));
    }
}
