package org.conferenceplanner.importer.sctext;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.Severity;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The quirks of SC program text, each in a fixture of our own. */
class ScTextImporterTest {

    private final ProgramReader reader = StandardImporters.reader(ImportLimits.defaults());
    private final ScTextImporter importer = new ScTextImporter();

    @Test
    void headersGiveTitleVenueZoneAndTheDeclaredDays() {
        Conference c = quirks().conference();
        assertThat(c.id()).isEqualTo("sc12");
        assertThat(c.title()).isEqualTo("SC12 Quirks");
        assertThat(c.venue()).isEqualTo("Salt Palace Convention Center, Salt Lake City");
        assertThat(c.zone().getId()).isEqualTo("America/Denver");
        assertThat(c.days()).containsExactly(LocalDate.of(2012, 11, 10), LocalDate.of(2012, 11, 11),
                LocalDate.of(2012, 11, 12), LocalDate.of(2012, 11, 13), LocalDate.of(2012, 11, 14),
                LocalDate.of(2012, 11, 15), LocalDate.of(2012, 11, 16));
        assertThat(c.rooms()).extracting(Room::name)
                .containsExactly("East Entrance", "355-F", "255-BC", "Ballroom-EFGH", "255-EF", "355-B");
    }

    @Test
    void dayHeadingsDateTheEventsBelowThemInTheConferenceZone() {
        Session s = session(quirks(), "tut163");
        assertThat(s.day()).isEqualTo(LocalDate.of(2012, 11, 11));
        assertThat(s.start()).isEqualTo(Instant.parse("2012-11-11T15:30:00Z"));
        assertThat(s.end()).isEqualTo(Instant.parse("2012-11-11T19:00:00Z"));
        assertThat(s.title()).isEqualTo("Hybrid Tutorial");
        assertThat(s.track()).isEqualTo("Hybrid MPI and OpenMP Parallel Programming");
        assertThat(s.eventType()).isEqualTo("Tutorials");
        assertThat(s.room()).isEqualTo("355-F");
    }

    @Test
    void detailsCompleteTheListedPeopleAndAddTheUnlistedOnes() {
        assertThat(session(quirks(), "tut163").people()).containsExactly(
                new Person("Rolf Rabenseifner", Role.PRESENTER, "High Performance Computing Center Stuttgart"),
                new Person("Georg Hager", Role.PRESENTER, "Erlangen Regional Computing Center"),
                new Person("Gabriele Jost", Role.PRESENTER, ""));
        assertThat(session(quirks(), "pap680").people()).containsExactly(
                new Person("Michael Lang", Role.CHAIR, "Los Alamos National Laboratory"),
                new Person("Nusrat S. Islam", Role.AUTHOR, "Ohio State University"),
                new Person("Md W. Rahman", Role.AUTHOR, "Ohio State University"),
                new Person("Jithin Jose", Role.AUTHOR, "Ohio State University"));
        assertThat(session(quirks(), "fifth-graph500-list-2012-11-13").people()).containsExactly(
                new Person("David A. Bader", Role.SESSION_LEADER, "Georgia Tech"),
                new Person("Richard Murphy", Role.SESSION_LEADER, ""));
    }

    @Test
    void clockTimesInEveryShapeSCWroteThem() {
        ImportResult r = quirks();
        Session bof = session(r, "fifth-graph500-list-2012-11-13");
        assertThat(bof.timeText()).isEqualTo("12:15-1:15 p.m.");
        assertThat(bof.start()).isEqualTo(Instant.parse("2012-11-13T19:15:00Z"));
        assertThat(bof.end()).isEqualTo(Instant.parse("2012-11-13T20:15:00Z"));
        Session late = session(r, "late-night-hack-2012-11-13");
        assertThat(late.day()).isEqualTo(LocalDate.of(2012, 11, 13));
        assertThat(late.start()).isEqualTo(Instant.parse("2012-11-14T06:00:00Z"));
        assertThat(late.end()).isEqualTo(Instant.parse("2012-11-14T08:00:00Z"));
        Session noMeridiem = session(r, "afternoon-without-am-or-pm-2012-11-14");
        assertThat(noMeridiem.start()).isEqualTo(Instant.parse("2012-11-14T15:30:00Z"));
        assertThat(noMeridiem.end()).isEqualTo(Instant.parse("2012-11-15T00:00:00Z"));
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.location().line()).isEqualTo(69);
            assertThat(p.message()).contains("no AM/PM").contains("08:30 to 17:00");
        });
    }

    @Test
    void evidComesFromTheEvidLineOrTheUrlElseTheIdIsATitleSlug() {
        ImportResult r = quirks();
        assertThat(r.conference().sessions()).extracting(Session::id).containsExactly("pec133", "tut163",
                "fifth-graph500-list-2012-11-13", "late-night-hack-2012-11-13", "pap680",
                "afternoon-without-am-or-pm-2012-11-14");
        Session paper = session(r, "pap680");
        assertThat(paper.url()).isEqualTo("http://sc12.supercomputing.org/schedule/vcs.php?evid=pap680");
        assertThat(paper.links()).extracting(l -> l.url()).containsExactly(paper.url());
    }

    @Test
    void abstractsKeepTheirParagraphsAndHtmlBecomesText() {
        ImportResult r = quirks();
        assertThat(session(r, "tut163").abstractText())
                .isEqualTo("Most HPC systems are clusters.\n\nSecond paragraph,\nhard-wrapped.");
        assertThat(session(r, "pap680").abstractText()).isEqualTo("HDFS & RDMA.\n\n• one\n\n• two");
        assertThat(session(r, "fifth-graph500-list-2012-11-13").abstractText())
                .isEqualTo("Note: this line is abstract text, not a label.");
        assertThat(session(r, "pec133").abstractText()).isEmpty();
    }

    @Test
    void anEventWithNoDateIsKeptUnscheduledWithItsTimeText() {
        ImportResult r = quirks();
        Session poster = session(r, "pec133");
        assertThat(poster.isScheduled()).isFalse();
        assertThat(poster.day()).isNull();
        assertThat(poster.timeText()).isEqualTo("8:30AM - 5:00PM");
        assertThat(poster.people()).containsExactly(new Person("Torsten Hoefler", Role.CHAIR, ""));
        assertThat(r.conference().unscheduled()).containsExactly(poster);
        assertThat(r.problems()).filteredOn(p -> p.location().line() == 6).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("Undated Poster Exhibit").contains("unscheduled"));
        assertThat(r.problems()).hasSize(2);
    }

    @Test
    void brokenLinesAreReportedWithTheirLineAndNothingIsDropped() {
        ImportResult r = reader.read(SharedData.fixture("sctext/sc-broken.txt"));
        assertThat(r.succeeded()).isTrue();
        assertThat(r.eventsInFile()).isEqualTo(6);
        assertThat(r.conference().sessions()).hasSize(6);
        assertThat(r.conference().sessions()).extracting(Session::title).containsExactly("Wrong Weekday Talk",
                "Impossible Date Talk", "Bad Clock Talk", "Untitled Session", "Coffee", "Coffee");
        assertThat(problemAt(r, 1)).contains("Mountain Time").contains("not a time zone");
        assertThat(problemAt(r, 2)).contains("outside any event");
        assertThat(problemAt(r, 3)).contains("2012-11-13 is a Tuesday");
        assertThat(problemAt(r, 8)).contains("second ROOM:").contains("255-EF");
        assertThat(problemAt(r, 9)).contains("February 30, 2012").contains("not a date");
        assertThat(problemAt(r, 10)).contains("Impossible Date Talk").contains("unscheduled");
        assertThat(problemAt(r, 17)).contains("25:00 - 26:00").contains("unscheduled");
        assertThat(problemAt(r, 19)).contains("without a title");
        assertThat(problemAt(r, 25)).contains("not an SC event id");
        assertThat(problemAt(r, 26)).contains("coffee-2012-11-15~2");
        assertThat(session(r, "wrong-weekday-talk-2012-11-13").room()).isEqualTo("255-EF");
        assertThat(r.conference().unscheduled()).extracting(Session::title)
                .containsExactly("Impossible Date Talk", "Bad Clock Talk");
        // the bad TIME ZONE falls back to the SC12 venue's zone, and says so
        assertThat(r.conference().zone().getId()).isEqualTo("America/Denver");
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void repeatedBlocksThatDisagreeOnTimeAreTwoEventsNotOne() {
        ImportResult r = read("Wednesday, November 14, 2012\nKeynote\nSESSION: A\nTIME: 8:30AM - 9:15AM\n"
                + "Keynote\nSESSION: A\nTIME: 10:30AM - 11:15AM\n");
        assertThat(r.conference().sessions()).extracting(Session::id).containsExactly("keynote-2012-11-14",
                "keynote-2012-11-14~2");
        assertThat(r.merged()).isZero();
    }

    @Test
    void repeatedBlocksMergeKeepingTheFirstOfTwoValuesAndSayingWhich() {
        ImportResult r = read("Talk\nSESSION: A\nEVENT TYPE: Papers\nTIME: 8:30AM - 9:15AM\n"
                + "Talk\nSESSION: A\nEVENT TYPE: Posters\nTIME: 8:30AM - 9:15AM\nROOM: 155-C\n");
        assertThat(r.conference().sessions()).singleElement().satisfies(s -> {
            assertThat(s.eventType()).isEqualTo("Papers");
            assertThat(s.room()).isEqualTo("155-C");
        });
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.message()).contains("keeping the first block's EVENT TYPE"));
    }

    @Test
    void withoutAZoneOrAKnownYearClockTimesAreReadAsUtcAndThatIsReported() {
        ImportResult r = read("Monday, March 3, 2031\nTalk\nSESSION: A\nTIME: 9:00AM - 10:00AM\n");
        assertThat(r.conference().zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(r.conference().id()).isEqualTo("sc31");
        assertThat(r.conference().sessions().get(0).start()).isEqualTo(Instant.parse("2031-03-03T09:00:00Z"));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("read as UTC");
        });
    }

    @Test
    void windows1252AndCrLfAreRead() {
        byte[] bytes = "Caf\u00e9 Talk\r\nSESSION: A\r\nTIME: 9:00AM - 10:00AM\r\nROOM: 155-C\r\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        ImportResult r = reader.read(new ProgramInput("cp1252.txt", bytes));
        assertThat(r.conference().sessions().get(0).title()).isEqualTo("Café Talk");
        assertThat(r.conference().sessions().get(0).room()).isEqualTo("155-C");
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.message()).contains("not valid UTF-8"));
    }

    @Test
    void recognisesSCTextByItsLabelsAndNothingElse() {
        assertThat(importer.recognizes("Title\nSESSION: x\nTIME: 1:00PM - 2:00PM\n")).isTrue();
        assertThat(importer.recognizes("\uFEFFsome prose\nEVENT TYPE: Papers\nROOM:155-C\n")).isTrue();
        assertThat(importer.recognizes("Title\nSESSION: x\nSESSION: y\n")).isFalse();
        assertThat(importer.recognizes("Prose mentioning SESSION: and TIME: mid-line.\n")).isFalse();
        assertThat(importer.recognizes("<?xml version=\"1.0\"?>\n<schedule>\nSESSION: x\nTIME: y\n")).isFalse();
        assertThat(importer.recognizes("{\"schedule\": 1,\nSESSION: x\nTIME: y\n")).isFalse();
        assertThat(importer.recognizes("BEGIN:VCALENDAR\nVERSION:2.0\nSESSION: x\nTIME: y\n")).isFalse();
    }

    @Test
    void aFileWithLabelsButNoEventSaysSo() {
        ImportResult r = read("ROOM: 155-C\nTIME ZONE: America/Denver\nEVENT TYPE: Papers\n");
        assertThat(r.succeeded()).isTrue();
        assertThat(r.conference().sessions()).hasSize(1);
        ImportResult none = read("ROOM: 155-C\nROOM: 155-D\nSESSION LEADER: Nobody\nTIME ZONE: nowhere\n");
        assertThat(none.conference().sessions()).isEmpty();
        assertThat(none.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("no events found"));
    }

    private ImportResult quirks() {
        return reader.read(SharedData.fixture("sctext/sc-quirks.txt"));
    }

    private ImportResult read(String text) {
        return importer.read(new ProgramInput("t.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Session session(ImportResult r, String id) {
        return r.conference().session(id).orElseThrow(() -> new AssertionError("no session " + id + " in "
                + r.conference().sessions().stream().map(Session::id).toList()));
    }

    private static String problemAt(ImportResult r, int line) {
        return r.problems().stream().filter(p -> p.location().line() == line).map(Problem::message)
                .reduce((a, b) -> a + " | " + b).orElse("(no problem at line " + line + ")");
    }
}
