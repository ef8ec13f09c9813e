package org.conferenceplanner.importer.sctext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.conferenceplanner.app.CompositionRoot;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Severity;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The SC12 program the app ships, read through the same reader as any file. */
class EmbeddedSc12Test {

    private final ImportResult result = CompositionRoot.programReader()
            .readResource(CompositionRoot.EMBEDDED_PROGRAM, "SC12");
    private final Conference sc12 = result.conference();

    @Test
    void isSc12InSaltLakeCityOnItsSevenDays() {
        assertThat(result.format()).isEqualTo(ProgramFormat.SC_TEXT);
        assertThat(sc12.id()).isEqualTo("sc12");
        assertThat(sc12.title()).startsWith("SC12 - The International Conference for High Performance Computing");
        assertThat(sc12.venue()).isEqualTo("Salt Palace Convention Center, Salt Lake City, Utah, USA");
        assertThat(sc12.zone().getId()).isEqualTo("America/Denver");
        assertThat(sc12.days()).containsExactlyElementsOf(
                LocalDate.of(2012, 11, 10).datesUntil(LocalDate.of(2012, 11, 17)).toList());
    }

    @Test
    void holdsThe39KnownEventsWithTheFourUndatedOnesUnscheduled() {
        assertThat(sc12.sessions()).hasSize(39);
        assertThat(result.eventsInFile()).isEqualTo(39);
        assertThat(sc12.rooms()).hasSize(14).extracting(Room::name).contains("155-C", "East Entrance", "Ballroom-EFGH");
        Map<LocalDate, Long> perDay = sc12.sessions().stream().filter(Session::isScheduled)
                .collect(Collectors.groupingBy(Session::day, TreeMap::new, Collectors.counting()));
        assertThat(perDay).containsExactly(Map.entry(LocalDate.of(2012, 11, 11), 4L),
                Map.entry(LocalDate.of(2012, 11, 12), 1L), Map.entry(LocalDate.of(2012, 11, 13), 9L),
                Map.entry(LocalDate.of(2012, 11, 14), 16L), Map.entry(LocalDate.of(2012, 11, 15), 5L));
        assertThat(sc12.unscheduled()).extracting(Session::id).containsExactly("pec133",
                "scientific-application-performance-in-heterogeneous-supercomputing-clusters", "pap647", "bof219");
        // the only problems are the four events with no date
        assertThat(result.problems()).hasSize(4).allSatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("no date").contains("unscheduled");
        });
    }

    @Test
    void theOpenOnloadTalkIsOneEventWithItsAbstract() throws IOException {
        Session s = sc12.session("exforum140").orElseThrow();
        assertThat(sc12.sessions()).filteredOn(x -> x.title().contains("OpenOnload")).containsExactly(s);
        assertThat(s.title()).isEqualTo("The OpenOnload User-level Network Stack");
        assertThat(s.track()).isEqualTo("Software Platforms");
        assertThat(s.eventType()).isEqualTo("Exhibitor Forums");
        assertThat(s.day()).isEqualTo(LocalDate.of(2012, 11, 14));
        assertThat(s.start()).isEqualTo(Instant.parse("2012-11-14T18:00:00Z"));
        assertThat(s.end()).isEqualTo(Instant.parse("2012-11-14T18:30:00Z"));
        assertThat(s.timeText()).isEqualTo("11:00AM - 11:30AM");
        assertThat(s.room()).isEqualTo("155-C");
        assertThat(s.people()).containsExactly(new Person("Dave Parry", Role.PRESENTER, "Solarflare"),
                new Person("Steve Pope", Role.PRESENTER, "Solarflare"));
        assertThat(s.url()).isEqualTo("http://sc12.supercomputing.org/schedule/event_detail.php-evid=exforum140.html");
        Session seed = new ScTextImporter().read(new org.conferenceplanner.importer.ProgramInput("seed",
                fixture("sctext/seed-openonload.txt"))).conference().sessions().get(0);
        assertThat(s.abstractText()).isEqualTo(seed.abstractText()).hasLineCount(5);
    }

    @Test
    void theGeorgiaTechBofHasItsTimeFromTheClockText() {
        Session s = sc12.sessions().stream().filter(x -> x.title().equals("Fifth Graph500 List")).findFirst().orElseThrow();
        assertThat(s.id()).isEqualTo("fifth-graph500-list-2012-11-13");
        assertThat(s.start()).isEqualTo(Instant.parse("2012-11-13T19:15:00Z"));
        assertThat(s.end()).isEqualTo(Instant.parse("2012-11-13T20:15:00Z"));
        assertThat(s.people()).extracting(Person::role).containsOnly(Role.SESSION_LEADER);
    }

    @Test
    void everyOtherAbstractPointsToTheEventsPageAndCopiesNoText() {
        for (Session s : sc12.sessions()) {
            if (!s.id().equals("exforum140")) {
                assertThat(s.abstractText()).as(s.id()).startsWith("The abstract is not copied here")
                        .endsWith(s.links().stream().filter(l -> l.url().contains("event_detail")).findFirst()
                                .orElse(s.links().get(0)).url());
            }
        }
    }

    @Test
    void matchesSc12EventsJsonEventByEvent() throws IOException {
        Sc12Facts facts = Sc12Facts.read(SharedData.schedule(Sc12ProgramGenerator.JSON.substring("schedules/".length())));
        assertThat(facts.events()).hasSize(sc12.sessions().size());
        SoftAssertions soft = new SoftAssertions();
        for (Sc12Facts.Event e : facts.events()) {
            Session s = e.evid() != null ? sc12.session(e.evid()).orElse(null)
                    : sc12.sessions().stream().filter(x -> x.title().equals(e.title())).findFirst().orElse(null);
            soft.assertThat(s).as("event %s %s", e.evid(), e.title()).isNotNull();
            if (s == null) {
                continue;
            }
            String what = e.evid() + " " + e.title();
            soft.assertThat(s.title()).as(what).isEqualTo(e.title());
            soft.assertThat(s.eventType()).as(what).isEqualTo(e.eventType());
            soft.assertThat(s.track()).as(what).isEqualTo(e.session());
            soft.assertThat(s.day()).as(what).isEqualTo(e.date());
            soft.assertThat(s.room()).as(what).isEqualTo(e.room());
            soft.assertThat(s.people()).as(what).containsExactlyInAnyOrderElementsOf(e.persons());
            soft.assertThat(s.links()).as(what).extracting(l -> l.url()).containsExactlyElementsOf(e.urls());
            if (e.start() != null) {
                soft.assertThat(s.start()).as(what).isEqualTo(e.start());
                soft.assertThat(s.end()).as(what).isEqualTo(e.end());
            } else {
                soft.assertThat(s.timeText()).as(what).isEqualTo(e.timeText());
                soft.assertThat(s.isScheduled()).as(what).isEqualTo(e.date() != null && !e.timeText().isEmpty());
            }
        }
        soft.assertAll();
    }

    @Test
    void theCommittedProgramIsWhatTheGeneratorWrites() throws IOException {
        Path shared = SharedData.shared(Sc12ProgramGenerator.SEED).getParent().getParent();
        SharedData.shared(Sc12ProgramGenerator.JSON);
        String committed = new String(resource(CompositionRoot.EMBEDDED_PROGRAM), StandardCharsets.UTF_8);
        assertThat(committed).isEqualTo(Sc12ProgramGenerator.render(shared));
    }

    private static byte[] fixture(String name) throws IOException {
        return resource("/fixtures/" + name);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = EmbeddedSc12Test.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
