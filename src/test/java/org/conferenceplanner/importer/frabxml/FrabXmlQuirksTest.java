package org.conferenceplanner.importer.frabxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.importer.frabxml.FrabXmlTesting.assertBooksBalance;
import static org.conferenceplanner.importer.frabxml.FrabXmlTesting.assertSession;
import static org.conferenceplanner.importer.frabxml.FrabXmlTesting.importFixture;
import static org.conferenceplanner.importer.frabxml.FrabXmlTesting.messages;
import static org.conferenceplanner.importer.frabxml.FrabXmlTesting.session;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.Severity;
import org.junit.jupiter.api.Test;

/** Each quirk of real frab XML files, in a small fixture of our own (so a fresh clone tests it too). */
class FrabXmlQuirksTest {

    @Test
    void pentabarfShapeWithoutRoomWrappersDatesGuidsOrAcronym() {
        ImportResult r = importFixture("pentabarf-no-room-wrappers.xml");
        assertBooksBalance(r, 4);
        Conference c = r.conference();
        assertThat(c.id()).isEqualTo("old-meeting-2007");
        assertThat(c.title()).isEqualTo("Old Meeting 2007");
        assertThat(c.venue()).isEqualTo("ULB (Université Libre de Bruxelles), Brussels");
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("guessed Europe/Brussels", "\"Brussels\"");
        });
        assertThat(c.rooms()).extracting(Room::name).containsExactly("Chavanne", "H.2214", "Bar");
        assertThat(c.days()).containsExactly(LocalDate.parse("2007-02-25"), LocalDate.parse("2007-02-26"));

        Session aiglx = assertSession(c, "0", "2007-02-25", "2007-02-25T15:00:00+01:00", "2007-02-25T15:45:00+01:00",
                "Chavanne", "AIGLX", "Kristian Høgsberg");
        assertThat(aiglx.guid()).isEmpty();
        assertThat(aiglx.links()).containsExactly(new Link("http://video.example.org/2007/aiglx.ogg", "Video (Ogg/Theora)"));
        assertThat(aiglx.abstractText()).isEqualTo("A look at AIGLX (http://example.org/aiglx) in the larger picture."
                + "\n\nIt lets the server use hardware 3D drivers.\n\n• compiz\n\n• beryl");
        assertSession(c, "5", "2007-02-25", "2007-02-25T16:00:00+01:00", "2007-02-25T16:30:00+01:00",
                "H.2214", "Belgian eID card on CentOS", "Alice Example", "Bob Example");
        // <day_change>09:00:00</day_change>: 09:00 is the day itself, 02:30 is the night after it
        assertSession(c, "9", "2007-02-26", "2007-02-26T09:00:00+01:00", "2007-02-26T10:00:00+01:00",
                "Chavanne", "Keynote at the day change", "Kristian Høgsberg");
        assertSession(c, "10", "2007-02-26", "2007-02-27T02:30:00+01:00", "2007-02-27T03:00:00+01:00",
                "Bar", "Before the day change, so the night after");
    }

    @Test
    void durationsInEveryNotation() {
        ImportResult r = importFixture("durations.xml");
        assertBooksBalance(r, 5);
        Conference c = r.conference();
        assertThat(session(c, "1").duration()).isEqualTo(Duration.ofHours(2));
        assertThat(session(c, "2").duration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(session(c, "3").duration()).isEqualTo(Duration.ofHours(55).plusMinutes(23));
        assertThat(session(c, "4").duration()).isEqualTo(Duration.ofMinutes(75));
        assertThat(session(c, "5").duration()).isZero();
        assertSession(c, "3", "2017-12-27", "2017-12-27T12:00:00+01:00", "2017-12-29T19:23:00+01:00", "Hall",
                "Lets play for days");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.INFO);
            assertThat(p.message()).contains("55:23");
            assertThat(p.location().line()).isEqualTo(19);
            assertThat(p.location().path()).isEqualTo("schedule/day[1]/room[Hall]/event[3]");
        });
        assertThat(c.id()).isEqualTo("dur");
        assertThat(c.source().version()).isEqualTo("durations 1");
        assertThat(session(c, "1").guid()).isEqualTo("11111111-1111-1111-1111-111111111111");
        assertThat(session(c, "2").guid()).isEmpty();
    }

    @Test
    void afterMidnightSlotsStayOnTheirDay() {
        ImportResult r = importFixture("after-midnight.xml");
        assertBooksBalance(r, 4);
        assertThat(r.problems()).isEmpty();
        Conference c = r.conference();
        assertSession(c, "336", "2024-12-27", "2024-12-27T23:00:00+01:00", "2024-12-28T00:00:00+01:00", "Saal 1",
                "Crosses midnight");
        assertSession(c, "248", "2024-12-27", "2024-12-28T00:15:00+01:00", "2024-12-28T00:55:00+01:00", "Saal 1",
                "After-midnight slot");
        // no <date>: an early clock time under a day is the night after it
        assertSession(c, "500", "2024-12-28", "2024-12-29T01:30:00+01:00", "2024-12-29T02:00:00+01:00", "Saal 1",
                "No date, early clock time");
        assertSession(c, "501", "2024-12-28", "2024-12-28T11:00:00+01:00", "2024-12-28T11:30:00+01:00", "Saal 1",
                "No date, daytime");
        assertThat(c.sessionsOn(LocalDate.parse("2024-12-27"))).extracting(Session::id).containsExactly("336", "248");
    }

    @Test
    void emptyRoomNameIsARoomAndRoomsWithoutEventsCount() {
        ImportResult r = importFixture("empty-room.xml");
        assertBooksBalance(r, 2);
        Conference c = r.conference();
        assertThat(c.rooms()).containsExactly(new Room("Saal Adams"), new Room(""), new Room("Room without events"));
        Session hedgewars = assertSession(c, "1226", "2017-12-27", "2017-12-27T12:00:00+01:00",
                "2017-12-29T19:23:00+01:00", "", "Lets play Hedgewars!");
        assertThat(hedgewars.links()).containsExactly(new Link("https://github.com/example/hedgewars_mods/wiki", ""));
        assertThat(c.zone()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(c.source().version()).isEqualTo("Mildenberg 2018-01-16 16:50");
        assertThat(session(c, "9292").people()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("Tim"));
    }

    @Test
    void linkTitlesAndTypesNeverBecomeTheEventsOwn() {
        ImportResult r = importFixture("link-titles.xml");
        assertBooksBalance(r, 1);
        assertThat(r.problems()).isEmpty();
        Session s = assertSession(r.conference(), "1254", "2025-12-27", "2025-12-27T16:00:00+01:00",
                "2025-12-27T17:00:00+01:00", "One", "All my tickets gone", "Q Misell", "maya / 551724");
        assertThat(s.eventType()).isEqualTo("Talk");
        assertThat(s.track()).isEqualTo("Security");
        assertThat(s.language()).isEqualTo("en");
        assertThat(s.url()).isEqualTo("https://example.org/event/fraud");
        assertThat(s.links()).containsExactly(new Link("https://zügli.app", "Zügli"),
                new Link("https://example.org/second", "Second link"));
        assertThat(s.abstractText()).isEqualTo("Markdown *here*, not HTML.");
        assertThat(s.guid()).isEqualTo("a2dd3dc7-ecae-50b3-82d9-266ad02f7a40");
    }

    @Test
    void htmlAndEscapedHtmlBecomePlainText() {
        ImportResult r = importFixture("html-abstracts.xml");
        assertBooksBalance(r, 4);
        Conference c = r.conference();
        assertThat(session(c, "1").abstractText())
                .isEqualTo("First & best.\n\nSee the page (https://example.org/x).\n\n• one\n\n• two");
        assertThat(session(c, "2").abstractText()).as("the same text once").isEqualTo("Said once.");
        assertThat(session(c, "3").abstractText()).as("script dropped, not run").isEqualTo("Line one\nline two");
        assertThat(session(c, "4").abstractText()).isEqualTo("Rock & roll < 3");
        assertThat(session(c, "4").title()).isEqualTo("Plain text with & and < signs");
    }

    @Test
    void zoneFromOffsetsAloneIsAFixedOffsetAndSaidSo() {
        ImportResult r = importFixture("zone-from-offsets.xml");
        Conference c = r.conference();
        assertThat(c.zone()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.INFO);
            assertThat(p.message()).contains("no time zone name", "+01:00");
        });
        assertSession(c, "6264", "2014-12-27", "2014-12-27T12:45:00+01:00", "2014-12-27T13:45:00+01:00", "Saal 1",
                "„Wir beteiligen uns aktiv an den Diskussionen“", "maha");
        assertThat(session(c, "6264").track()).isEqualTo("Ethics, Society & Politics");
        assertThat(session(c, "6264").guid()).isEqualTo("HOqeNIb6G7M4hYFKFRkCmQ");
    }

    @Test
    void cityZoneIsUsedWhenItAgreesWithEveryOffsetAcrossADaylightSavingChange() {
        ImportResult r = importFixture("zone-from-city-and-offsets.xml");
        assertThat(r.conference().zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.INFO);
            assertThat(p.message()).contains("America/New_York", "New York", "matches the UTC offset of every event");
        });
        assertSession(r.conference(), "2", "2025-03-09", "2025-03-09T10:00:00-04:00", "2025-03-09T11:00:00-04:00", "A",
                "Summer time");
    }

    @Test
    void noZoneAtAllIsReadAsUtcAndSaidSo() {
        ImportResult r = importFixture("zone-unknown.xml");
        assertThat(r.conference().zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(messages(r, Severity.WARNING)).singleElement().asString().contains("read as UTC");
        assertSession(r.conference(), "1", "2020-05-01", "2020-05-01T10:00:00Z", "2020-05-01T11:00:00Z", "Main",
                "Floating");
        assertThat(r.conference().id()).isEqualTo("nowhere-in-particular");
    }

    @Test
    void duplicateIdsAreMergedWhenIdenticalAndRenamedWhenNot() {
        ImportResult r = importFixture("duplicate-ids.xml");
        assertBooksBalance(r, 6);
        assertThat(r.merged()).isEqualTo(1);
        Conference c = r.conference();
        assertThat(c.sessions()).extracting(Session::id)
                .containsExactly("1358", "1358~2", "42", "77", "d0000000-0000-0000-0000-000000000001");
        assertSession(c, "1358~2", "2017-12-28", "2017-12-28T19:00:00+01:00", "2017-12-28T20:30:00+01:00", "TeaHouse",
                "TeaHouse");
        assertThat(r.problems()).extracting(Problem::severity).containsOnly(Severity.WARNING);
        assertThat(messages(r, Severity.WARNING)).satisfiesExactly(
                m -> assertThat(m).contains("1358", "kept as 1358~2"),
                m -> assertThat(m).contains("42", "identical content", "kept once"),
                m -> assertThat(m).contains("77", "same guid as event 1358"),
                m -> assertThat(m).contains("no id", "d0000000-0000-0000-0000-000000000001"));
        assertThat(r.problems().get(1).location().line()).isEqualTo(15);
    }

    @Test
    void eventsOutsideAnyDayAreCountedAndReportedNotLost() {
        ImportResult r = importFixture("event-outside-day.xml");
        assertBooksBalance(r, 3);
        assertThat(r.refused()).isEqualTo(2);
        assertThat(r.problems()).extracting(p -> p.location().line()).containsExactly(8, 10);
        assertThat(messages(r, Severity.ERROR)).allMatch(m -> m.contains("not inside a <day>"));
    }
}
