package org.conferenceplanner.importer.vcal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.importer.ical.SessionAssert.assertBooksBalance;
import static org.conferenceplanner.importer.ical.SessionAssert.assertSession;
import static org.conferenceplanner.importer.ical.SessionAssert.problemsContaining;

import java.time.ZoneOffset;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.Severity;
import org.conferenceplanner.importer.ical.Fixtures;
import org.junit.jupiter.api.Test;

/** One small fixture per oddity of SC12's vCalendar 1.0 files, so a fresh clone tests each. */
class VCalendarQuirksTest {

    private final VCalendarImporter importer = new VCalendarImporter();

    private ImportResult read(ProgramInput input) {
        ImportResult r = importer.read(input);
        assertThat(r.succeeded()).as("%s", r.problems()).isTrue();
        assertBooksBalance(r);
        return r;
    }

    private ImportResult read(String fixture) {
        return read(Fixtures.input("vcal/" + fixture));
    }

    @Test
    void lineFormWithQuotedPrintableBreaksSoftBreaksAndEncodedSemicolons() {
        ImportResult r = read(Fixtures.input("vcal/lines-qp.vcs", "pap228.vcs"));
        Session s = assertSession(r.conference(), "pap228", "2012-11-14T18:30:00Z", "2012-11-14T19:00:00Z", "255-EF",
                "Compiler-Directed File Layout Optimization");
        assertThat(s.abstractText()).isEqualTo("First line\nSecond line with a semicolon ; here and a soft break\n\nThird paragraph café");
        assertThat(r.problems()).noneSatisfy(p -> assertThat(p.message()).contains("flat"));
    }

    @Test
    void flatFormIsSplitIntoPropertiesAndItsIdComesFromTheEvid() {
        ImportResult r = read(Fixtures.input("vcal/flat.vcs", "SC12_Event_exforum140-evid=exforum140.vcs.txt"));
        Session s = assertSession(r.conference(), "exforum140", "2012-11-14T18:00:00Z", "2012-11-14T18:30:00Z", "155-C",
                "The OpenOnload User-level Network Stack");
        assertThat(s.abstractText()).isEqualTo("Note: the label stays text.\n\nSecond paragraph, with a softbreak.");
        assertThat(problemsContaining(r, Severity.INFO, "flat form")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("12 properties"));
    }

    @Test
    void aRepeatedVcalendarBlockIsMergedAndReported() {
        ImportResult r = read(Fixtures.input("vcal/flat-twice.vcs", "bof248.vcs"));
        assertThat(r.eventsInFile()).isEqualTo(2);
        assertThat(r.merged()).isEqualTo(1);
        assertSession(r.conference(), "bof248", "2012-11-15T19:15:00Z", "2012-11-15T20:15:00Z", "355-BC",
                "Petascale Systems Management");
        assertThat(problemsContaining(r, Severity.WARNING, "repeats VCALENDAR[1]/VEVENT[1] exactly")).singleElement()
                .satisfies(p -> assertThat(p.location().path()).isEqualTo("VCALENDAR[2]/VEVENT[1]"));
    }

    @Test
    void rawNonAsciiInsideQuotedPrintableIsKept() {
        Session s = read("raw-non-ascii.vcs").conference().sessions().get(0);
        assertThat(s.abstractText()).isEqualTo("It’s 2× faster, eﬃcient and × encoded too");
    }

    @Test
    void tzAndDaylightPlaceLocalTimes() {
        ImportResult r = read("tz-daylight.vcs");
        assertThat(r.conference().zone()).isEqualTo(ZoneOffset.ofHours(-7));
        assertThat(r.conference().sessions()).extracting(Session::start).extracting(Object::toString)
                .containsExactly("2012-11-14T18:00:00Z", "2012-06-14T17:00:00Z");
        assertThat(r.problems()).noneSatisfy(p -> assertThat(p.message()).contains("guess"));
    }

    @Test
    void severalEventsWithoutUidGetStableHashIdsAndAttendeesBecomePeople() {
        ImportResult r = read(Fixtures.input("vcal/two-events.vcs", "pap121.vcs"));
        assertThat(r.conference().sessions()).extracting(Session::id).first().isEqualTo("sc12-kaku@example.org");
        assertThat(r.conference().sessions().subList(1, 3)).extracting(Session::id)
                .allSatisfy(id -> assertThat(id).startsWith("vcs-").hasSize(16)).doesNotHaveDuplicates();
        ImportResult again = read(Fixtures.input("vcal/two-events.vcs", "other-name.vcs"));
        assertThat(again.conference().sessions()).extracting(Session::id)
                .isEqualTo(r.conference().sessions().stream().map(Session::id).toList());
        Session keynote = assertSession(r.conference(), "sc12-kaku@example.org", "2012-11-13T15:30:00Z", "2012-11-13T16:30:00Z",
                "Ballroom-EFGH", "Keynote", "Jeff Hollingsworth", "Michio Kaku");
        assertThat(keynote.people()).extracting(Person::role).containsExactly(Role.CHAIR, Role.SPEAKER);
        assertThat(keynote.eventType()).isEqualTo("Keynote");
        assertThat(keynote.track()).isEqualTo("Invited talks");
        assertThat(keynote.cancelled()).isTrue();
        assertThat(keynote.url()).isEqualTo("http://sc12.supercomputing.org/");
    }

    @Test
    void bareParametersCharsetsEscapesAndStrayTextLines() {
        ImportResult r = read("bare-qp-parameter.vcs");
        Session s = r.conference().sessions().get(0);
        assertThat(s.title()).isEqualTo("Café talk");
        assertThat(s.room()).isEqualTo("Room; with escaped semicolon");
        assertThat(s.abstractText()).isEqualTo("Plain text\nwith a raw line break");
        assertThat(problemsContaining(r, Severity.WARNING, "line 8 is not a vCalendar property")).singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(8));
    }
}
