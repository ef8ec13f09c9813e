package org.conferenceplanner.importer.frabjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.importer.frabjson.FrabJsonAssertions.assertAccounted;
import static org.conferenceplanner.importer.frabjson.FrabJsonAssertions.assertSession;
import static org.conferenceplanner.importer.frabjson.FrabJsonAssertions.importFile;
import static org.conferenceplanner.importer.frabjson.FrabJsonAssertions.problemsOf;
import static org.conferenceplanner.importer.frabjson.FrabJsonAssertions.session;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.Severity;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Every file in {@code ../shared/schedules/frab-json/}: the counts SOURCES.md gives, the zone, and
 * sessions checked field by field against values read from the files by hand.
 */
class FrabJsonRealFilesTest {

    private static ImportResult shared(String name) {
        ImportResult r = importFile(SharedData.schedule("frab-json/" + name));
        assertThat(r.succeeded()).as(name + " imports: " + r.problems()).isTrue();
        assertAccounted(r);
        return r;
    }

    @Test
    void detectionPicksThisImporterForEveryFileByContent() {
        for (String name : List.of("39c3-everything.schedule.json", "camp2019-frab.json", "rc3-2020-pretalx.json",
                "hub-schedule2-example.json", "invalid-example.json", "pretalx-democon-2022.json")) {
            ImportResult r = StandardImporters.reader(ImportLimits.defaults()).read(SharedData.schedule("frab-json/" + name));
            assertThat(r.format()).as(name).isEqualTo(org.conferenceplanner.domain.ProgramFormat.FRAB_JSON);
            assertThat(r.succeeded()).as(name).isTrue();
        }
    }

    @Test
    void chaosCongress39c3() {
        ImportResult r = shared("39c3-everything.schedule.json");
        Conference c = r.conference();
        assertThat(c.id()).isEqualTo("39c3");
        assertThat(c.title()).isEqualTo("39th Chaos Communications Congress");
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(c.source().version()).isEqualTo("1.1 2025-12-27 20:22");
        assertThat(r.eventsInFile()).isEqualTo(895);
        assertThat(c.days()).containsExactly(LocalDate.of(2025, 12, 27), LocalDate.of(2025, 12, 28),
                LocalDate.of(2025, 12, 29), LocalDate.of(2025, 12, 30));
        assertThat(c.rooms()).hasSize(58).startsWith(new Room("One"), new Room("Ground"), new Room("Zero"), new Room("Fuse"))
                .contains(new Room("Am Spätverkauf"), new Room("Vorglühmarkt"), new Room("Bits&Bäume Workshop Area"));
        // SOURCES.md: 45 events cross midnight, 225 titles are not plain ASCII.
        assertThat(c.sessions()).filteredOn(s -> s.end().atZone(c.zone()).toLocalDate().isAfter(s.start().atZone(c.zone()).toLocalDate()))
                .hasSize(45);
        assertThat(c.sessions()).filteredOn(s -> s.title().chars().anyMatch(ch -> ch > 127)).hasSize(225);
        // After-midnight slots stay on the day they are listed under.
        assertThat(c.sessions()).filteredOn(s -> !s.start().atZone(c.zone()).toLocalDate().equals(s.day())).hasSize(46)
                .allMatch(s -> s.start().atZone(c.zone()).toLocalDate().equals(s.day().plusDays(1)));

        assertSession(c, "1233", "Opening Ceremony", "2025-12-27T09:30:00Z", "2025-12-27T10:00:00Z", "2025-12-27", "One",
                "pajowu", "Stella");
        Session opening = session(c, "1233");
        assertThat(opening.guid()).isEqualTo("0c8b0cb4-6cf9-5ff8-928a-0a0f49558c48");
        assertThat(opening.track()).isEqualTo("CCC & Community");
        assertThat(opening.eventType()).isEqualTo("Ceremony");
        assertThat(opening.language()).isEqualTo("de");
        assertThat(opening.subtitle()).isEmpty();
        assertThat(opening.url()).isEqualTo("https://events.ccc.de/congress/2025/hub/event/detail/opening-ceremony");
        assertThat(opening.abstractText()).startsWith("Power On! Lasst uns gemeinsam")
                .contains("Kraft zu tanken.\n\nDas Opening gibt euch die wichtigsten Infos");

        // crosses midnight: 23:30 to 02:30 local, stays on the 27th
        assertSession(c, "2475", "Dj Sloush + Zarrt", "2025-12-27T22:30:00Z", "2025-12-28T01:30:00Z", "2025-12-27",
                "Chill Floor", "Dj Sloush aka Spitz + Zarrt");
        // after-midnight slot: 00:20 on the 28th, listed under the 27th
        assertSession(c, "1431", "Unnecessarily Complicated Kitchen – Die Wissenschaft des guten Geschmacks",
                "2025-12-27T23:20:00Z", "2025-12-28T00:20:00Z", "2025-12-27", "One", "LukasQ");
        // id written as a string, no people
        assertSession(c, "1526599157", "cleanup", "2025-12-28T00:30:00Z", "2025-12-28T01:00:00Z", "2025-12-27", "SoS Stage H");
        assertSession(c, "1736", "A blast from the Y2K past… GRÜNSPAN (Rock & Metal)", "2025-12-28T11:00:00Z",
                "2025-12-28T14:00:00Z", "2025-12-28", "Am Spätverkauf", "Alex Thurow");
        assertSession(c, "1254", "All my Deutschlandtickets gone: Fraud at an industrial scale", "2025-12-27T15:00:00Z",
                "2025-12-27T16:00:00Z", "2025-12-27", "One", "Q Misell", "551724 / maya boeckh");
        assertThat(session(c, "1254").links()).containsExactly(new Link("https://magicalcodewit.ch/39c3-slides/", "Slides"),
                new Link("https://zügli.app", "Zügli"));
    }

    @Test
    void chaosCongress39c3DuplicateIdsAreKeptUnderNewIdsAndReported() {
        // SOURCES.md counts 895 events with 15 duplicated ids. None of the copies is identical (each has
        // its own guid and time: recurring sessions), so all 895 are kept and the 15 later ones get
        // "~2", "~3"... ids, each with a warning; nothing is merged.
        ImportResult r = shared("39c3-everything.schedule.json");
        Conference c = r.conference();
        assertThat(c.sessions()).hasSize(895);
        assertThat(r.merged()).isZero();
        assertThat(r.refused()).isZero();
        List<Problem> duplicates = problemsOf(r, Severity.WARNING).stream()
                .filter(p -> p.message().contains("is used by another event")).toList();
        assertThat(duplicates).hasSize(15);
        assertThat(c.sessions()).filteredOn(s -> s.id().contains("~")).hasSize(15);
        assertSession(c, "500079", "Long Term Support bei Jugend hackt - Infos", "2025-12-28T11:00:00Z",
                "2025-12-28T11:15:00Z", "2025-12-28", "Wohnzimmerbühne", "eliah");
        assertSession(c, "500079~2", "Long Term Support bei Jugend hackt - Infos", "2025-12-28T13:45:00Z",
                "2025-12-28T14:00:00Z", "2025-12-28", "Wohnzimmerbühne", "eliah");
        assertSession(c, "500079~4", "Long Term Support bei Jugend hackt - Infos", "2025-12-30T11:00:00Z",
                "2025-12-30T11:15:00Z", "2025-12-30", "Wohnzimmerbühne", "eliah");
        assertThat(duplicates.get(0).location().line()).isPositive();
        assertThat(duplicates.get(0).location().path()).isEqualTo("schedule.conference.days[1].rooms[\"Wohnzimmerbühne\"][2]");
    }

    @Test
    void camp2019InSummerTime() {
        ImportResult r = shared("camp2019-frab.json");
        Conference c = r.conference();
        assertThat(c.id()).isEqualTo("camp2019");
        assertThat(c.title()).isEqualTo("Chaos Communication Camp 2019");
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(c.source().version()).isEqualTo("Gacrux");
        assertThat(r.eventsInFile()).isEqualTo(79);
        assertThat(c.sessions()).hasSize(79);
        assertThat(c.days()).hasSize(5).first().isEqualTo(LocalDate.of(2019, 8, 21));
        assertThat(c.days()).last().isEqualTo(LocalDate.of(2019, 8, 25));
        assertThat(c.rooms()).containsExactly(new Room("Curie"), new Room("Meitner"));
        assertThat(c.sessions()).allMatch(s -> s.start().atZone(c.zone()).getOffset().equals(ZoneOffset.ofHours(2)));
        assertThat(r.problems()).isEmpty();

        assertSession(c, "10386", "Opening Ceremony", "2019-08-21T09:00:00Z", "2019-08-21T09:30:00Z", "2019-08-21", "Curie",
                "jinxx", "smtw");
        assertSession(c, "10189", "Knoten 101", "2019-08-21T10:00:00Z", "2019-08-21T10:45:00Z", "2019-08-21", "Meitner",
                "Lukas \"cube\" Hannen");
        assertThat(session(c, "10189").subtitle()).isEqualTo("Can you knot or can you not ?");
        assertSession(c, "10293", "Robotron - a tech opera", "2019-08-22T16:00:00Z", "2019-08-22T16:45:00Z", "2019-08-22",
                "Meitner", "Nadja Buttendorf");
        assertSession(c, "10346", "Was tun gegen Digitale Gewalt gegen Frauen", "2019-08-23T18:00:00Z",
                "2019-08-23T18:45:00Z", "2019-08-23", "Meitner", "Anne Roth");
        assertSession(c, "10352", "Visualization of networks using physics", "2019-08-25T14:00:00Z", "2019-08-25T14:45:00Z",
                "2019-08-25", "Meitner", "aphotic");
        // 23:00 summer time for 1:30: crosses midnight, stays on the 22nd
        assertSession(c, "10344", "Achtung, Datenpannen!", "2019-08-22T21:00:00Z", "2019-08-22T22:30:00Z", "2019-08-22",
                "Meitner", "Alvar C.H. Freude", "Stefan Brink");
    }

    @Test
    void camp2019HtmlAbstractsBecomeTextAndAttachmentsResolveAgainstTheBaseUrl() {
        Conference c = shared("camp2019-frab.json").conference();
        String datenpannen = session(c, "10344").abstractText();
        assertThat(datenpannen).doesNotContain("<p>", "<li>", "<strong>")
                .contains("nach sich ziehen.\n\nDie große Datenschutz- und DSGVO-Show vermittelt")
                .contains("\n• Welche Verschlüsselungs-Verfahren muss ein Datenverarbeiter verwenden");
        assertThat(session(c, "10186").abstractText())
                .startsWith("spispy (https://github.com/osresearch/spispy) is an open source hardware tool");
        List<Link> robotron = session(c, "10293").links();
        assertThat(robotron).hasSize(7).startsWith(new Link("http://nadjabuttendorf.com/", "artists website"));
        assertThat(robotron.get(5)).isEqualTo(new Link("https://fahrplan.events.ccc.de/system/event_attachments/attachments/"
                + "000/003/768/original/RobotronKC87-softnails-asmr-buttendorf.gif?1560260230",
                "RobotronKC87-softnails-asmr-buttendorf.gif"));
    }

    @Test
    void rc3WithoutZoneNameGetsTheOffsetAndSaysItGuessed() {
        ImportResult r = shared("rc3-2020-pretalx.json");
        Conference c = r.conference();
        assertThat(c.id()).isEqualTo("rc3-channels-2020");
        assertThat(c.title()).isEqualTo("rC3 Channels");
        assertThat(c.zone()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.INFO);
            assertThat(p.message()).contains("names no time zone").contains("UTC+01:00").contains("guess");
        });
        assertThat(r.eventsInFile()).isEqualTo(48);
        assertThat(c.sessions()).hasSize(48);
        assertThat(c.days()).containsExactly(LocalDate.of(2020, 12, 27), LocalDate.of(2020, 12, 28),
                LocalDate.of(2020, 12, 29), LocalDate.of(2020, 12, 30));
        assertThat(c.rooms()).hasSize(5).contains(new Room("r3s - Monheim/Rhein"), new Room("hacc München / about:future - München"));

        assertSession(c, "15", "Der faule Admin automatisiert: Gluon auf echter Hardware testen", "2020-12-27T10:30:00Z",
                "2020-12-27T11:10:00Z", "2020-12-27", "r3s - Monheim/Rhein", "Chris Fiege", "Kasa");
        assertSession(c, "38", "State of the Waffle", "2020-12-27T19:00:00Z", "2020-12-27T21:00:00Z", "2020-12-27",
                "Chaos-West TV - Ennepetal", "L3D");
        assertSession(c, "77", "Your Name Is Invalid!", "2020-12-28T17:55:00Z", "2020-12-28T18:35:00Z", "2020-12-28",
                "backspace / franconian.net - Bamberg", "miro");
        assertSession(c, "98", "Let's get digital", "2020-12-29T17:00:00Z", "2020-12-29T18:00:00Z", "2020-12-29",
                "backspace / franconian.net - Bamberg", "Leonie Ackermann", "Lasse Emcken");
        assertSession(c, "110", "Climate Change and the Corona Pandemic", "2020-12-30T15:00:00Z", "2020-12-30T15:40:00Z",
                "2020-12-30", "hacc München / about:future - München", "Dr. Kira Vinke");
        assertThat(session(c, "15").eventType()).isEqualTo("Talk 30 min + 10min Q&A");
        assertThat(session(c, "15").track()).isEqualTo("MON r3s Rhein VHS");
    }

    @Test
    void democon2022() {
        ImportResult r = shared("pretalx-democon-2022.json");
        Conference c = r.conference();
        assertThat(c.id()).isEqualTo("democon");
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(c.source().version()).isEqualTo("v1.43");
        assertThat(r.eventsInFile()).isEqualTo(35);
        assertThat(c.sessions()).hasSize(35);
        assertThat(c.days()).hasSize(3);
        // the day listings name Dark Red Room first; the declared room list the other way round
        assertThat(c.rooms()).containsExactly(new Room("Dark Red Room"), new Room("Pale Golden Rod Room"));
        assertThat(r.problems()).isEmpty();

        // starts at 01:50, before its day's start (04:00): still on the day it is listed under
        assertSession(c, "1", "Persevering cohesive concept", "2022-09-05T23:50:00Z", "2022-09-06T01:20:00Z", "2022-09-06",
                "Dark Red Room", "Susan Martinez");
        assertSession(c, "7", "Optional bifurcated attitude", "2022-09-06T00:40:00Z", "2022-09-06T01:25:00Z", "2022-09-06",
                "Pale Golden Rod Room", "Martin Baker");
        assertSession(c, "2", "Visionary mission-critical toolset", "2022-09-06T09:30:00Z", "2022-09-06T11:00:00Z",
                "2022-09-06", "Dark Red Room", "Samuel Williams");
        assertSession(c, "6", "Re-contextualized asynchronous success", "2022-09-06T12:00:00Z", "2022-09-06T13:30:00Z",
                "2022-09-06", "Dark Red Room", "Cameron Barnett");
        assertSession(c, "38", "Future-proofed mission-critical utilization", "2022-09-07T12:00:00Z", "2022-09-07T12:30:00Z",
                "2022-09-07", "Pale Golden Rod Room", "Dennis Jones");
        assertSession(c, "72", "Self-enabling disintermediate core", "2022-09-08T12:00:00Z", "2022-09-08T13:30:00Z",
                "2022-09-08", "Dark Red Room", "Haley Holder");
    }

    @Test
    void hubSchedule2ExampleReadsItsEventsFromScheduleEvents() {
        // SOURCES.md counts 0 events because it counts only schedule.conference.days[].rooms{}, which v2
        // forbids. Schedule v2 puts events in schedule.events[], and this file has two there; dropping
        // them would lose real sessions, so both are read. Days (4) and rooms (5) are as SOURCES.md says.
        ImportResult r = shared("hub-schedule2-example.json");
        Conference c = r.conference();
        assertThat(c.id()).isEqualTo("38c3");
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(c.days()).containsExactly(LocalDate.of(2024, 12, 27), LocalDate.of(2024, 12, 28),
                LocalDate.of(2024, 12, 29), LocalDate.of(2024, 12, 30));
        assertThat(c.rooms()).extracting(Room::name)
                .containsExactly("Saal 1", "Saal GLITCH", "Saal ZIGZAG", "Stage HUFF", "Stage YELL");
        assertThat(r.eventsInFile()).isEqualTo(2);
        assertThat(c.sessions()).hasSize(2);

        Session opening = session(c, "270fa44c-821a-577f-8ca3-33e8d4a8c2a7");
        assertThat(opening.title()).isEqualTo("38C3: Opening Ceremony");
        assertThat(opening.start()).hasToString("2024-12-27T09:30:00Z");
        assertThat(opening.end()).hasToString("2024-12-27T10:00:00Z");
        assertThat(opening.day()).isEqualTo(LocalDate.of(2024, 12, 27));
        assertThat(opening.room()).isEqualTo("Saal 1");
        assertThat(opening.track()).isEqualTo("CCC");
        assertThat(opening.eventType()).isEqualTo("OTHER");
        assertThat(opening.people()).containsExactly(new Person("Gabriela Bogk", Role.SPEAKER, ""),
                new Person("Aline Blankertz", Role.SPEAKER, ""), new Person("Senficon", Role.OTHER, ""));
        assertThat(opening.links()).extracting(Link::url).containsExactly("https://example.net/",
                "https://fahrplan.events.ccc.de/congress/2024/fahrplan/talk/HQCCYH/",
                "https://fahrplan.events.ccc.de/congress/2024/fahrplan/talk/HQCCYH/feedback/",
                "https://example.net/foo/bar/1235.pdf");
        assertThat(opening.abstractText()).startsWith("Glad you could make it!").contains("\n\nThis ceremony will prepare you");

        // 00:15 on the 28th, inside day 1's range (which ends at 06:00 on the 28th)
        Session ai = session(c, "b1740c2f-0c44-5f1b-89ed-456a9eecf0b8");
        assertThat(ai.title()).isEqualTo("A Competitive Time-Trial AI for Need for Speed:");
        assertThat(ai.subtitle()).isEqualTo("Most Wanted Using Deep Reinforcement Learning");
        assertThat(ai.start()).hasToString("2024-12-27T23:15:00Z");
        assertThat(ai.end()).hasToString("2024-12-27T23:55:00Z");
        assertThat(ai.day()).isEqualTo(LocalDate.of(2024, 12, 27));
        assertThat(ai.room()).isEqualTo("Saal ZIGZAG");
        assertThat(ai.track()).isEqualTo("Hardware & Making");
        assertThat(ai.people()).containsExactly(new Person("Sebastian Schwarz", Role.SPEAKER, ""));
    }

    @Test
    void invalidExampleImportsLenientlyAndSaysWhatIsOdd() {
        ImportResult r = shared("invalid-example.json");
        Conference c = r.conference();
        assertThat(c.id()).isEqualTo("winterchaos2022");
        assertThat(c.title()).isEqualTo("Winterchaos");
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Zurich"));
        assertThat(c.days()).containsExactly(LocalDate.of(2022, 12, 28));
        assertThat(c.rooms()).containsExactly(new Room("Winterchaos"));
        assertThat(r.eventsInFile()).isEqualTo(1);
        assertSession(c, "2814", "Internal Penetration Testing Basics", "2022-12-28T13:00:00Z", "2022-12-28T13:45:00Z",
                "2022-12-28", "Winterchaos", "Mänu");
        Session s = session(c, "2814");
        assertThat(s.guid()).isEqualTo("7a0fc001-e587-47e1-b378-b6ec7e666337");
        assertThat(s.language()).isEqualTo("de");
        assertThat(s.eventType()).isEqualTo("talk");
        assertThat(s.abstractText()).startsWith("Dieser Talk zeigt einige Basics zu internal Network Penetration Testing. Es wird")
                .contains("\n* Einführung ins Active Directory\n* Analyse von Active Directory Umgebungen")
                .doesNotContain("<br");
        // the schema violations that matter to a reader are reported, with line and path
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.message()).contains("\"2814\"").contains("text, not a number");
            assertThat(p.location().line()).isEqualTo(22);
            assertThat(p.location().path()).isEqualTo("schedule.conference.days[0].rooms[\"Winterchaos\"][0].id");
        });
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.location().path()).isEqualTo("schedule.rooms"));
        assertThat(r.firstError()).isEmpty();
    }
}
