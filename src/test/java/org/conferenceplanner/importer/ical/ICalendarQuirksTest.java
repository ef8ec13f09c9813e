package org.conferenceplanner.importer.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.importer.ical.SessionAssert.assertBooksBalance;
import static org.conferenceplanner.importer.ical.SessionAssert.assertSession;
import static org.conferenceplanner.importer.ical.SessionAssert.problemsContaining;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.Severity;
import org.junit.jupiter.api.Test;

/** One small fixture per oddity of real iCalendar program feeds, so a fresh clone tests each. */
class ICalendarQuirksTest {

    private final ICalendarImporter importer = new ICalendarImporter();

    private ImportResult read(String fixture) {
        ImportResult r = importer.read(Fixtures.input("ical/" + fixture));
        assertThat(r.succeeded()).as("%s", r.problems()).isTrue();
        assertBooksBalance(r);
        return r;
    }

    @Test
    void floatingTimesAreReadInXWrTimezoneWithItsSummerTime() {
        ImportResult r = read("floating-x-wr-timezone.ics");
        Conference c = r.conference();
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
        assertThat(c.title()).isEqualTo("Floating Camp 2019");
        assertThat(c.id()).isEqualTo("floating-camp-2019");
        assertSession(c, "winter@fixture", "2019-02-04T16:30:00Z", "2019-02-04T16:55:00Z", "B.CON", "Winter talk");
        assertSession(c, "summer@fixture", "2019-07-04T15:30:00Z", "2019-07-04T15:55:00Z", "B.CON", "Summer talk");
        assertThat(problemsContaining(r, Severity.INFO, "floating")).singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(6));
        assertThat(r.count(Severity.WARNING)).isZero();
    }

    @Test
    void theBogusTzidPropertyIsAReportedGuessWhenNothingElseNamesAZone() {
        ImportResult r = read("bogus-tzid-property.ics");
        Conference c = r.conference();
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
        assertSession(c, "one@fixture", "2019-02-04T09:00:00Z", "2019-02-04T10:00:00Z", "D.AUD", "One");
        assertThat(problemsContaining(r, Severity.WARNING, "the time zone is a guess: Europe/Brussels")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("Europe-Brussels"));
        assertThat(problemsContaining(r, Severity.INFO, "TZID:Europe-Brussels appears inside 2 VEVENT(s), the first on line 8"))
                .hasSize(1);
        assertThat(problemsContaining(r, Severity.INFO, "METHOD:PUBLISH appears inside 2 VEVENT(s), the first on line 5"))
                .hasSize(1);
    }

    @Test
    void missingEndsFollowRfc5545AndAreReported() {
        ImportResult r = read("missing-end.ics");
        Conference c = r.conference();
        assertSession(c, "no-end@fixture", "2015-09-18T18:30:00Z", "2015-09-18T18:30:00Z", "Bar", "Social evening");
        assertSession(c, "duration@fixture", "2015-09-18T09:00:00Z", "2015-09-18T10:30:00Z", "Hall", "Ninety minutes");
        assertSession(c, "all-day@fixture", "2015-09-21T00:00:00Z", "2015-09-22T00:00:00Z", "Sprint Rooms", "Sprint day");
        assertSession(c, "backwards@fixture", "2015-09-18T12:00:00Z", "2015-09-18T12:00:00Z", "Hall", "Backwards");
        assertThat(problemsContaining(r, Severity.WARNING, "has neither DTEND nor DURATION")).singleElement()
                .satisfies(p -> {
                    assertThat(p.location().line()).isEqualTo(4);
                    assertThat(p.message()).contains("\"Social evening\"", "UID no-end@fixture");
                });
        assertThat(problemsContaining(r, Severity.WARNING, "ends before it starts")).singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(23));
    }

    @Test
    void duplicateUidsAreMergedWhenIdenticalAndRenamedWhenNot() {
        ImportResult r = read("duplicate-uid.ics");
        Conference c = r.conference();
        assertThat(r.eventsInFile()).isEqualTo(3);
        assertThat(r.merged()).isEqualTo(1);
        assertThat(c.sessions()).extracting(Session::id).containsExactly("same@fixture", "same@fixture~2");
        assertSession(c, "same@fixture~2", "2015-09-20T10:30:00Z", "2015-09-20T11:00:00Z", "CC2.1", "Power: Python in Astronomy");
        assertThat(problemsContaining(r, Severity.WARNING, "is used by another event")).singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(11));
        assertThat(problemsContaining(r, Severity.WARNING, "identical content")).singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(18));
    }

    @Test
    void quotedDescriptionsWithUnescapedPunctuationAndXAltDescIgnored() {
        ImportResult r = read("quoted-unescaped-text.ics");
        Session edge = r.conference().session("edge@fixture").orElseThrow();
        assertThat(edge.title()).isEqualTo("Edge routers, proxies; and balancers");
        assertThat(edge.abstractText()).isEqualTo("Routing, blue / green or canary; from Traefik;s point of view, all of it.");
        assertThat(edge.eventType()).isEqualTo("talk");
        assertThat(edge.track()).isEqualTo("devops");
        assertThat(r.conference().session("empty@fixture").orElseThrow().abstractText()).isEmpty();
        assertThat(problemsContaining(r, Severity.INFO, "2 DESCRIPTION value(s) are wrapped in double quotes")).hasSize(1);
    }

    @Test
    void htmlDescriptionBecomesPlainText() {
        Session s = read("html-description.ics").conference().session("html@fixture").orElseThrow();
        assertThat(s.abstractText()).isEqualTo("First paragraph with a link (https://example.org/x).\n\n• one\n\n• two & three");
    }

    @Test
    void veryLongUnfoldedLinesAreReadWhole() {
        Session s = read("long-unfolded-line.ics").conference().session("long@fixture").orElseThrow();
        assertThat(s.abstractText()).startsWith("word0,with;odd punctuation word1,").endsWith("word599,with;odd punctuation")
                .hasSizeGreaterThan(15_000);
    }

    @Test
    void eventsWithoutSummaryAreKeptAndReported() {
        ImportResult r = read("no-summary.ics");
        assertThat(r.conference().sessions()).extracting(Session::title).containsExactly("", "");
        assertThat(problemsContaining(r, Severity.WARNING, "has no SUMMARY")).extracting(p -> p.location().line())
                .containsExactly(4, 10);
        assertThat(problemsContaining(r, Severity.WARNING, "has no SUMMARY").get(0).message()).contains("UID untitled@fixture");
    }

    @Test
    void allUtcWithNoZoneIsShownInUtcAndTheGuessIsReported() {
        ImportResult r = read("utc-only.ics");
        Conference c = r.conference();
        assertThat(c.zone()).isEqualTo(ZoneId.of("UTC"));
        Session late = assertSession(c, "late@fixture", "2015-09-18T23:30:00Z", "2015-09-19T00:30:00Z", "Cafeteria", "Late night");
        assertThat(late.day()).isEqualTo(LocalDate.of(2015, 9, 18));
        assertThat(problemsContaining(r, Severity.WARNING, "the time zone is a guess: UTC")).hasSize(1);
    }

    @Test
    void peopleComeFromAttendeeAndOrganizerNames() {
        ImportResult r = read("people.ics");
        Session s = assertSession(r.conference(), "panel@fixture", "2022-09-06T10:00:00Z", "2022-09-06T11:00:00Z", "Hall A",
                "Panel", "Smith, Ann", "Bob Chair", "Carol Speaker");
        assertThat(s.people()).extracting(Person::role).containsExactly(Role.SPEAKER, Role.CHAIR, Role.SPEAKER);
        assertThat(s.cancelled()).isTrue();
        assertThat(s.url()).isEqualTo("https://example.org/panel");
        assertThat(s.eventType()).isEqualTo("Panel");
        assertThat(s.track()).isEqualTo("Main track");
    }

    @Test
    void unreadableLinesAreRepairedOrLeftOutWithTheirLineNumbers() {
        ImportResult r = read("unreadable-lines.ics");
        Conference c = r.conference();
        Session first = assertSession(c, "first@fixture", "2019-02-04T10:00:00Z", "2019-02-04T11:00:00Z", "Room 1", "First",
                "Bare Name Not A URI");
        assertThat(first.abstractText()).isEqualTo("A description broken by a raw line break");
        assertSession(c, "second@fixture", "2019-02-04T12:00:00Z", "2019-02-04T13:00:00Z", "Room 2", "Second");
        assertThat(r.problems()).filteredOn(p -> p.severity() == Severity.WARNING).extracting(p -> p.location().line())
                .contains(10, 17, 19, 21);
        assertThat(problemsContaining(r, Severity.WARNING, "this line is garbage")).singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(19));
    }

    @Test
    void anUnknownTzidIsReadInTheConferenceZoneAndReported() {
        ImportResult r = read("unknown-tzid.ics");
        assertSession(r.conference(), "mars@fixture", "2022-09-06T08:00:00Z", "2022-09-06T09:00:00Z", "Crater", "On Mars");
        assertThat(problemsContaining(r, Severity.WARNING, "TZID Mars/Olympus_Mons is not a time zone")).singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(5));
    }

    @Test
    void aZoneOnlyTheFileDefinesGivesExactTimesAndAnOffsetGuess() {
        ImportResult r = read("custom-vtimezone.ics");
        assertSession(r.conference(), "exchange@fixture", "2012-11-14T15:00:00Z", "2012-11-14T16:00:00Z", "Board room",
                "Exchange meeting");
        assertThat(r.conference().zone()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(problemsContaining(r, Severity.WARNING, "Eastern Standard Time")).hasSize(1);
    }

    @Test
    void aMozillaStyleTzidIsTheJavaZoneItEndsWith() {
        ImportResult r = read("mozilla-tzid.ics");
        assertSession(r.conference(), "moz@fixture", "2022-09-06T08:00:00Z", "2022-09-06T09:00:00Z", "Saal 1", "Sunbird event");
        assertThat(r.conference().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(r.count(Severity.WARNING)).as("%s", r.problems()).isZero();
    }

    @Test
    void anEventWithoutUidGetsAStableId() {
        ImportResult first = read("no-uid.ics");
        ImportResult again = read("no-uid.ics");
        String id = first.conference().sessions().get(0).id();
        assertThat(id).startsWith("ics-").hasSize(16).isEqualTo(again.conference().sessions().get(0).id());
        assertThat(problemsContaining(first, Severity.WARNING, "has no UID")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains(id));
    }

    @Test
    void unbalancedComponentsAndSeveralCalendarsAreRepaired() {
        ImportResult r = read("structure.ics");
        assertThat(r.conference().sessions()).extracting(Session::id)
                .containsExactly("open@fixture", "next@fixture", "second-calendar@fixture");
        assertThat(r.problems()).extracting(Problem::toString).contains(
                "structure.ics:4: WARNING: END:VEVENT on line 4 closes nothing that is open and was left out",
                "structure.ics:5: WARNING: BEGIN:VEVENT on line 5 has no END:VEVENT; it was closed before line 10",
                "structure.ics:17: INFO: the file holds more than one VCALENDAR (the next begins on line 17); they are read as one program",
                "structure.ics:26: WARNING: line 26 is not an iCalendar property and was left out: \"trailing junk\"");
    }

    @Test
    void pretalxSummariesGiveTitleAndSpeakers() {
        ImportResult r = read("pretalx.ics");
        assertSession(r.conference(), "pretalx-conf-ABC123@pretalx.example.org", "2022-09-06T10:00:00Z", "2022-09-06T10:30:00Z",
                "Main Hall", "Title - with a dash", "Ann Author", "Bo Speaker");
        assertThat(r.conference().id()).isEqualTo("conf2022");
    }

    @Test
    void aCalendarWithoutVersionIsICalendar() {
        ImportResult r = read("no-version.ics");
        assertThat(r.conference().sessions()).hasSize(1);
        assertThat(r.conference().rooms()).containsExactly(new Room(""));
    }
}
