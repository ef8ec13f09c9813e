package org.conferenceplanner.importer.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.importer.ical.SessionAssert.assertBooksBalance;
import static org.conferenceplanner.importer.ical.SessionAssert.assertSession;
import static org.conferenceplanner.importer.ical.SessionAssert.problemsContaining;

import java.time.LocalDate;
import java.time.ZoneId;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Severity;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The real iCalendar files of ../shared/schedules/ics, with the counts SOURCES.md gives and sessions
 * checked against values read from the files by hand.
 */
class ICalendarRealFilesTest {

    private static ImportResult read(String relative) {
        ImportResult r = StandardImporters.reader(ImportLimits.defaults()).read(SharedData.schedule(relative));
        assertThat(r.format()).isEqualTo(ProgramFormat.ICALENDAR);
        assertThat(r.succeeded()).as("%s", r.problems()).isTrue();
        assertThat(r.count(Severity.ERROR)).as("%s", r.problems()).isZero();
        assertBooksBalance(r);
        return r;
    }

    @Test
    void cfgmgmtcampFloatingTimesAreReadInXWrTimezone() {
        ImportResult r = read("ics/cfgmgmtcamp-2019.ics");
        Conference c = r.conference();
        assertThat(r.eventsInFile()).isEqualTo(113);
        assertThat(c.sessions()).hasSize(113);
        assertThat(c.days()).containsExactly(LocalDate.of(2019, 2, 4), LocalDate.of(2019, 2, 5));
        assertThat(c.rooms()).hasSize(8).contains(new Room("B.CON"), new Room("D.AUD"), new Room("B.3.019"));
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
        assertThat(c.title()).isEqualTo("CfgMgmtCamp 2019 Ghent");
        assertThat(c.id()).isEqualTo("cfgmgmtcamp-2019-ghent");
        assertThat(problemsContaining(r, Severity.INFO, "floating")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("113 event(s)", "X-WR-TIMEZONE Europe/Brussels"));
        assertThat(problemsContaining(r, Severity.INFO, "METHOD:PUBLISH appears inside 113 VEVENT")).hasSize(1);
        assertThat(problemsContaining(r, Severity.INFO, "TZID:Europe-Brussels appears inside 113 VEVENT")).hasSize(1);
        assertThat(problemsContaining(r, Severity.INFO, "113 DESCRIPTION value(s) are wrapped in double quotes")).hasSize(1);

        // 17:30 floating in Brussels (CET, +01:00) is 16:30Z; the bare ORGANIZER name is the speaker
        Session traefik = assertSession(c, "traefik@cfgmgmtcamp.eu", "2019-02-04T16:30:00Z", "2019-02-04T16:55:00Z",
                "B.CON", "You Had One Job: Configuring the Edge Router", "Damien Duportal");
        assertThat(traefik.eventType()).isEqualTo("talk");
        assertThat(traefik.url()).isEqualTo("https://cfgmgmtcamp.eu/schedule/monday/traefik/");
        assertThat(traefik.day()).isEqualTo(LocalDate.of(2019, 2, 4));
        assertThat(traefik.abstractText()).startsWith("In the era of containers and other dynamic platforms")
                .endsWith("build the best infrastructure with ease.").doesNotContain("<p>", "\"");
        assertSession(c, "mgmtroad@cfgmgmtcamp.eu", "2019-02-04T13:00:00Z", "2019-02-04T13:55:00Z",
                "B.3.019", "Mgmt Config: The Road to 0.1", "James 'purpleidea' Shubin");
        assertSession(c, "solid@cfgmgmtcamp.eu", "2019-02-04T16:30:00Z", "2019-02-04T17:25:00Z",
                "D.AUD", "Applying SOLID principles to Infrastructure as Code", "Bram Vogelaar");
        Session pause = assertSession(c, "breakafternoon00@cfgmgmtcamp.eu", "2019-02-04T15:00:00Z", "2019-02-04T15:25:00Z",
                "D.AUD", "Break");
        assertThat(pause.eventType()).isEqualTo("break");
        assertThat(pause.abstractText()).isEmpty();
        Session intro = assertSession(c, "intro00@cfgmgmtcamp.eu", "2019-02-04T09:00:00Z", "2019-02-04T09:20:00Z",
                "D.AUD", "CfgMgmtCamp is dead, ...", "Kris Buytaert", "Toshaan Bharvani");
        assertThat(intro.eventType()).isEqualTo("intro");
        assertSession(c, "istioobserve@cfgmgmtcamp.eu", "2019-02-05T13:00:00Z", "2019-02-05T13:55:00Z",
                "B.CON", "Istio: Control and Observability for Microservices", "JJ Asghar");
        assertSession(c, "iacode@cfgmgmtcamp.eu", "2019-02-05T10:20:00Z", "2019-02-05T11:15:00Z",
                "D.AUD", "Infrastructure as code should contain code", "Gianluca Arbezzano");
    }

    @Test
    void pyconUkInUtcWithMissingEndsEmptyTitlesAndADuplicateUid() {
        ImportResult r = read("ics/pyconuk-2015.ics");
        Conference c = r.conference();
        assertThat(r.eventsInFile()).isEqualTo(162);
        assertThat(c.sessions()).hasSize(162);
        assertThat(c.days()).containsExactly(LocalDate.of(2015, 9, 18), LocalDate.of(2015, 9, 19),
                LocalDate.of(2015, 9, 20), LocalDate.of(2015, 9, 21));
        assertThat(c.rooms()).hasSize(11);
        assertThat(c.title()).isEqualTo("PyCon UK 2015 Schedule");
        // all times are UTC and no zone is named: UTC is shown, and the guess is reported
        assertThat(c.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(problemsContaining(r, Severity.WARNING, "the time zone is a guess: UTC")).hasSize(1);
        // policy differences from a plain count, each reported: 5 events kept with no length, 4 without a title,
        // and the second event with a used UID kept under a new id
        assertThat(problemsContaining(r, Severity.WARNING, "has neither DTEND nor DURATION")).hasSize(5)
                .allSatisfy(p -> assertThat(p.location().line()).isPositive());
        assertThat(problemsContaining(r, Severity.WARNING, "has no SUMMARY")).hasSize(4)
                .extracting(p -> p.location().line()).containsExactly(780, 805, 908, 1057);
        assertThat(problemsContaining(r, Severity.WARNING, "is used by another event")).singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(1289));

        String uid = "20160417T070217Z-%s@testing-worker-linux-docker-3ee836b9-3394-linux-5";
        assertSession(c, uid.formatted("32078"), "2015-09-18T07:00:00Z", "2015-09-18T08:30:00Z",
                "Cafeteria", "Registration / Breakfast");
        Session gil = assertSession(c, uid.formatted("37136"), "2015-09-18T10:30:00Z", "2015-09-18T11:00:00Z",
                "PythonAnywhere Room (CC1.3)", "Python's Infamous GIL", "Larry Hastings");
        assertThat(gil.url()).isEqualTo("http://www.pyconuk.org/talks/pythons-infamous-gil/");
        assertThat(gil.people().get(0).role()).isEqualTo(Role.SPEAKER);
        assertSession(c, uid.formatted("10757"), "2015-09-18T14:30:00Z", "2015-09-18T15:00:00Z",
                "PythonAnywhere Room (CC1.3)", "Understanding PyPy", "Francisco Fernández Castaño");
        assertSession(c, uid.formatted("81982"), "2015-09-18T16:00:00Z", "2015-09-18T16:30:00Z",
                "Osper Room (CC1.4)", "Python for mobile games on iOS and Android", "Safe Hammad", "Fiona Burrows");
        Session demo = assertSession(c, uid.formatted("16455"), "2015-09-20T13:00:00Z", "2015-09-20T13:30:00Z",
                "The Software Sustainability Institute Room (CC2.1)", "Demo: Simple web services for scientific data",
                "Alys Brett");
        assertThat(demo.people().get(0).affiliation()).isEqualTo("Culham Centre for Fusion Energy");
        assertSession(c, uid.formatted("2495"), "2015-09-18T18:30:00Z", "2015-09-18T18:30:00Z",
                "PythonAnywhere Room (CC1.3)", "The Friday Night Charity Social in memory of John Pinner");
        assertSession(c, uid.formatted("29953"), "2015-09-19T11:30:00Z", "2015-09-19T13:00:00Z",
                "PythonAnywhere Room (CC1.3)", "");
        assertSession(c, uid.formatted("58703") + "~2", "2015-09-20T10:30:00Z", "2015-09-20T11:00:00Z",
                "The Software Sustainability Institute Room (CC2.1)", "Power: Python in Astronomy", "Tomas James");
        assertThat(c.session(uid.formatted("58703")).orElseThrow().title()).isEqualTo("Open Space");
    }

    @Test
    void democonWithVtimezoneKeepsTheExtraEventOutsideTheConferenceDays() {
        ImportResult r = read("ics/pretalx-democon-2022.ics");
        Conference c = r.conference();
        assertThat(r.eventsInFile()).isEqualTo(36);
        assertThat(c.sessions()).hasSize(36);
        assertThat(c.days()).containsExactly(LocalDate.of(2022, 9, 6), LocalDate.of(2022, 9, 7),
                LocalDate.of(2022, 9, 8), LocalDate.of(2022, 9, 24));
        assertThat(c.rooms()).containsExactly(new Room("Dark Red Room"), new Room("Pale Golden Rod Room"));
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(c.id()).as("the event slug pretalx uses in every export").isEqualTo("democon");
        assertThat(r.count(Severity.WARNING)).as("%s", r.problems()).isZero();

        // 01:50 CEST (+02:00) is 23:50Z the day before, but the session is on the 6th, its local date
        Session early = assertSession(c, "pretalx-democon-XFUR3C@localhost", "2022-09-05T23:50:00Z", "2022-09-06T01:20:00Z",
                "Dark Red Room", "Persevering cohesive concept", "Susan Martinez");
        assertThat(early.day()).isEqualTo(LocalDate.of(2022, 9, 6));
        assertThat(early.abstractText()).isEqualTo("Reinvent one-to-one info-mediaries!");
        assertThat(early.url()).isEqualTo("http://localhost/democon/talk/XFUR3C/");
        assertSession(c, "pretalx-democon-LNNGAM@localhost", "2022-09-06T10:30:00Z", "2022-09-06T11:00:00Z",
                "Pale Golden Rod Room", "Up-sized optimal hardware", "Brandy Mcclain", "Christine Green");
        assertSession(c, "pretalx-democon-Z3PTKX@localhost", "2022-09-06T10:00:00Z", "2022-09-06T10:30:00Z",
                "Pale Golden Rod Room", "Managed reciprocal moratorium", "Brandy Mcclain");
        assertSession(c, "pretalx-democon-UG9YZ8@localhost", "2022-09-08T10:30:00Z", "2022-09-08T11:00:00Z",
                "Pale Golden Rod Room", "Multi-channeled modular secured line", "Erica Banks");
        assertSession(c, "pretalx-democon-PDXGKB@localhost", "2022-09-08T12:00:00Z", "2022-09-08T13:30:00Z",
                "Dark Red Room", "Self-enabling disintermediate core", "Haley Holder");
        Session hemuka = assertSession(c, "pretalx-democon-HEMUKA@localhost", "2022-09-24T07:00:00Z", "2022-09-24T07:30:00Z",
                "Pale Golden Rod Room", "Enhanced stable model", "Gregory Smith");
        assertThat(hemuka.day()).isEqualTo(LocalDate.of(2022, 9, 24));
    }
}
