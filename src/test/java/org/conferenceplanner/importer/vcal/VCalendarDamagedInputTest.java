package org.conferenceplanner.importer.vcal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.importer.ical.SessionAssert.assertBooksBalance;
import static org.conferenceplanner.importer.ical.SessionAssert.assertSession;
import static org.conferenceplanner.importer.ical.SessionAssert.problemsContaining;

import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.Severity;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.importer.ical.Fixtures;
import org.junit.jupiter.api.Test;

/** Broken vCalendar input: each gets a clear problem naming the file and line, never an exception. */
class VCalendarDamagedInputTest {

    private final VCalendarImporter importer = new VCalendarImporter();
    private final ProgramReader reader = StandardImporters.reader(ImportLimits.defaults());

    @Test
    void aTruncatedFileKeepsWhatItHolds() {
        ImportResult r = importer.read(Fixtures.input("vcal/truncated.vcs", "exforum140.vcs"));
        assertBooksBalance(r);
        Session s = assertSession(r.conference(), "exforum140", "2012-11-14T18:00:00Z", "2012-11-14T18:30:00Z", "155-C", "");
        assertThat(s.abstractText()).isEqualTo("cut he");
        assertThat(problemsContaining(r, Severity.WARNING, "the file ends inside the VEVENT begun on line 4")).hasSize(1);
        assertThat(problemsContaining(r, Severity.WARNING, "has no SUMMARY")).hasSize(1);
    }

    @Test
    void impossibleDatesAreReportedNotRolledOver() {
        ImportResult r = importer.read(Fixtures.input("vcal/impossible-dates.vcs"));
        assertBooksBalance(r);
        assertThat(r.conference().unscheduled()).extracting(Session::title).containsExactly("Thirteenth month");
        assertThat(r.conference().unscheduled().get(0).timeText()).isEqualTo("20121345T250000Z");
        assertThat(problemsContaining(r, Severity.WARNING, "\"20121345T250000Z\"")).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("impossible-dates.vcs:3: WARNING: event \"Thirteenth month\""));
        assertThat(problemsContaining(r, Severity.WARNING, "\"20121114T186100Z\"")).singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(9));
        assertThat(problemsContaining(r, Severity.WARNING, "has no DTEND")).singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(15));
    }

    @Test
    void aWrongEncodingIsReadAsWindows1252WithAWarning() {
        ImportResult r = importer.read(Fixtures.input("vcal/windows-1252.vcs"));
        Session s = r.conference().sessions().get(0);
        assertThat(s.title()).isEqualTo("Café – déjà vu");
        assertThat(s.room()).isEqualTo("Salle été");
        assertThat(problemsContaining(r, Severity.WARNING, "not valid UTF-8")).singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(6));
    }

    @Test
    void anEmptyFileIsRefusedClearly() {
        ImportResult r = importer.read(new ProgramInput("empty.vcs", new byte[0]));
        assertThat(r.succeeded()).isFalse();
        assertThat(r.firstError().orElseThrow().toString())
                .isEqualTo("empty.vcs: ERROR: there is no BEGIN:VCALENDAR in the file, so it is no vCalendar file");
    }

    @Test
    void binaryGarbageAfterAValidStartIsRemovedAndReported() {
        ImportResult r = reader.read(Fixtures.followedByGarbage("garbage.vcs",
                "BEGIN:VCALENDAR\r\nVERSION:1.0\r\nBEGIN:VEVENT\r\nDTSTART:20121114T180000Z\r\nSUMMARY:Kept\r\n", 42));
        assertThat(r.succeeded()).isTrue();
        assertBooksBalance(r);
        assertThat(r.conference().sessions()).extracting(Session::title).containsExactly("Kept");
        assertThat(problemsContaining(r, Severity.WARNING, "control character")).hasSize(1);
    }
}
