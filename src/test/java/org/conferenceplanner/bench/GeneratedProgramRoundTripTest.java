package org.conferenceplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.conferenceplanner.bench.GeneratedPrograms.Format;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Generated programs are what the benchmarks claim they are: written as frab XML or JSON, they
 * import back to exactly the generated sessions, with nothing refused or merged.
 */
class GeneratedProgramRoundTripTest {

    private static List<SourceProgram> sources;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSources() {
        GeneratedPrograms.SOURCES.forEach(SharedData::schedule);
        sources = GeneratedPrograms.sources();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aThousandSessionsMixedFromThreeProgramsImportBackExactly(Format format) throws IOException {
        GeneratedProgram program = GeneratedPrograms.generate(sources, 1000);

        assertThat(program.conference().sessions()).hasSize(1000);
        Map<String, Long> perSource = program.conference().sessions().stream()
                .collect(Collectors.groupingBy(s -> program.origin(s).file(), Collectors.counting()));
        assertThat(perSource).containsOnlyKeys(GeneratedPrograms.SOURCES)
                .allSatisfy((source, n) -> assertThat(n).isBetween(300L, 370L));
        // the file holds the abstracts as the real files had them: FOSDEM's are all HTML
        long html = program.markup().values().stream().filter(m -> m.abstractText().contains("<p>")).count();
        assertThat(html).isGreaterThan(perSource.get("frab-xml/fosdem-2025.xml") * 9 / 10);
        assertRoundTrip(program, format);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void manyCopiesOfASmallProgramSpreadOverDayAndRoomBlocks(Format format) throws IOException {
        SourceProgram democon = SourceProgram.read(GeneratedPrograms.schedulesDir(), "frab-xml/pretalx-democon-2022.xml");
        GeneratedProgram program = ProgramGenerator.replicate(List.of(democon), 600, 7);

        Conference c = program.conference();
        assertThat(c.days()).hasSize(7 * 3);
        assertThat(c.rooms()).extracting(Room::name).contains("Dark Red Room", "Dark Red Room #2", "Dark Red Room #3");
        assertRoundTrip(program, format);
    }

    @Test
    void theSameSeedGivesTheSameProgramAndAnotherSeedAnotherOrder() {
        GeneratedProgram a = ProgramGenerator.replicate(sources, 3000, 1);
        GeneratedProgram b = ProgramGenerator.replicate(sources, 3000, 1);
        GeneratedProgram c = ProgramGenerator.replicate(sources, 3000, 2);

        assertThat(b.conference()).isEqualTo(a.conference());
        assertThat(titles(c.conference())).isNotEqualTo(titles(a.conference()));
    }

    @Test
    void replicasKeepTheRealSessionsTitlesPeopleDurationsClockTimesAndClashes() {
        GeneratedProgram program = GeneratedPrograms.generate(sources, 6000);
        for (Session copy : program.conference().sessions()) {
            Session original = program.origin(copy).session();
            assertThat(copy.title()).isEqualTo(original.title());
            assertThat(copy.people()).isEqualTo(original.people());
            assertThat(copy.duration()).isEqualTo(original.duration());
            assertThat(copy.start().atZone(program.conference().zone()).toLocalTime())
                    .isEqualTo(original.start().atZone(program.conference().zone()).toLocalTime());
        }
        // two sessions that clash in the first copy of the pool clash in the second copy too
        Session a = program.conference().sessions().get(0);
        List<Session> clashing = program.conference().sessions().stream()
                .filter(s -> s != a && s.overlaps(a) && Long.parseLong(s.id()) < 1_000_000).toList();
        assertThat(clashing).isNotEmpty();
        for (Session b : clashing) {
            Session aCopy = session(program, secondCopy(a));
            Session bCopy = session(program, secondCopy(b));
            assertThat(aCopy.overlaps(bCopy)).as(aCopy.id() + " / " + bCopy.id()).isTrue();
            assertThat(program.origin(bCopy).session()).isSameAs(program.origin(b).session());
        }
    }

    private static String secondCopy(Session s) {
        return Long.toString(Long.parseLong(s.id()) + 1_000_000);
    }

    private void assertRoundTrip(GeneratedProgram program, Format format) throws IOException {
        Path file = dir.resolve("generated" + (format == Format.XML ? ".xml" : ".json"));
        GeneratedPrograms.write(program, format, file);
        ImportResult r = StandardImporters.reader(ImportLimits.defaults()).read(file);
        assertThat(r.succeeded()).as("import of %s: %s", file, r.problems()).isTrue();
        assertSameSessions(program.conference(), r);
    }

    /** The import holds exactly the generated sessions; used by the scale tests too. */
    static void assertSameSessions(Conference generated, ImportResult r) {
        assertThat(r.refused()).isZero();
        assertThat(r.merged()).isZero();
        assertThat(r.eventsInFile()).isEqualTo(generated.sessions().size());
        Conference imported = r.conference();
        assertThat(imported.zone()).isEqualTo(generated.zone());
        assertThat(imported.days()).isEqualTo(generated.days());
        assertThat(imported.rooms()).containsExactlyInAnyOrderElementsOf(generated.rooms());
        assertThat(imported.sessions()).hasSameSizeAs(generated.sessions());
        Map<String, Session> byId = imported.sessions().stream().collect(Collectors.toMap(Session::id, Function.identity()));
        for (Session g : generated.sessions()) {
            Session i = byId.get(g.id());
            assertThat(i).as("session %s", g.id()).isNotNull();
            assertThat(comparable(i)).as("session %s", g.id()).isEqualTo(comparable(g));
        }
    }

    /** The fields a frab file carries both ways (frab XML has no roles or affiliations). */
    private static List<Object> comparable(Session s) {
        return List.of(s.id(), s.guid(), s.title(), s.subtitle(), s.eventType(), s.track(), s.day(), s.start(),
                s.end(), s.room(), s.people().stream().map(Person::name).toList(), s.abstractText(), s.links(),
                s.language(), s.url());
    }

    private static List<String> titles(Conference c) {
        return c.sessions().stream().map(Session::title).toList();
    }

    private static Session session(GeneratedProgram p, String id) {
        return p.conference().session(id).orElseThrow(() -> new AssertionError("no session " + id));
    }
}
