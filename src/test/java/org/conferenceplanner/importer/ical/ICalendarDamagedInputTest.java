package org.conferenceplanner.importer.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.importer.ical.SessionAssert.assertBooksBalance;
import static org.conferenceplanner.importer.ical.SessionAssert.assertSession;
import static org.conferenceplanner.importer.ical.SessionAssert.problemsContaining;

import java.util.Random;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.Severity;
import org.conferenceplanner.importer.StandardImporters;
import org.junit.jupiter.api.Test;

/** Broken iCalendar input: each gets a clear problem naming the file and line, never an exception. */
class ICalendarDamagedInputTest {

    private final ICalendarImporter importer = new ICalendarImporter();
    private final ProgramReader reader = StandardImporters.reader(ImportLimits.defaults());

    @Test
    void aTruncatedFileKeepsEverythingBeforeTheCut() {
        ImportResult r = importer.read(Fixtures.input("ical/truncated.ics"));
        assertThat(r.succeeded()).isTrue();
        assertBooksBalance(r);
        assertSession(r.conference(), "whole@fixture", "2022-09-06T10:00:00Z", "2022-09-06T11:00:00Z", "Room 1", "Whole");
        Session cut = assertSession(r.conference(), "cut@fixture", "2022-09-06T12:00:00Z", "2022-09-06T12:00:00Z", "", "Cut off");
        assertThat(cut.isScheduled()).isTrue();
        assertThat(problemsContaining(r, Severity.WARNING, "the file ends inside the VEVENT begun on line 11")).hasSize(1);
        assertThat(problemsContaining(r, Severity.WARNING, "the file ends without END:VCALENDAR")).hasSize(1);
        assertThat(problemsContaining(r, Severity.WARNING, "DTEND that is no possible date and time (\"20220906T13\")"))
                .hasSize(1);
    }

    @Test
    void impossibleDatesAreReportedAndTheEventKeptUnscheduled() {
        ImportResult r = importer.read(Fixtures.input("ical/impossible-dates.ics"));
        assertBooksBalance(r);
        Session impossible = r.conference().session("impossible@fixture").orElseThrow();
        assertThat(impossible.isScheduled()).isFalse();
        assertThat(impossible.timeText()).isEqualTo("20121345T250000Z");
        assertThat(r.conference().unscheduled()).extracting(Session::id).containsExactly("impossible@fixture", "no-start@fixture");
        assertThat(problemsContaining(r, Severity.WARNING, "\"20121345T250000Z\"")).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("impossible-dates.ics:4: WARNING: event \"Thirteenth month\""));
        assertSession(r.conference(), "bad-end@fixture", "2012-11-14T18:00:00Z", "2012-11-14T18:00:00Z", "155-C", "Bad end");
        assertThat(problemsContaining(r, Severity.WARNING, "has no DTSTART")).singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(18));
    }

    @Test
    void aWrongEncodingIsReadAsWindows1252WithAWarning() {
        ImportResult r = importer.read(Fixtures.input("ical/windows-1252.ics"));
        Session s = r.conference().session("cafe@fixture").orElseThrow();
        assertThat(s.title()).isEqualTo("Café – déjà vu");
        assertThat(s.room()).isEqualTo("Salle été");
        assertThat(problemsContaining(r, Severity.WARNING, "not valid UTF-8")).singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(6));
    }

    @Test
    void anEmptyFileIsRefusedClearly() {
        ImportResult direct = importer.read(new ProgramInput("empty.ics", new byte[0]));
        assertThat(direct.succeeded()).isFalse();
        assertThat(direct.firstError().orElseThrow().toString()).isEqualTo(
                "empty.ics: ERROR: there is no BEGIN:VCALENDAR in the file, so it is no iCalendar file");
        assertThat(reader.read(new ProgramInput("empty.ics", new byte[0])).firstError().orElseThrow().message())
                .isEqualTo("the file is empty");
    }

    @Test
    void binaryGarbageAfterAValidStartIsRemovedAndReported() {
        ImportResult r = reader.read(Fixtures.followedByGarbage("garbage.ics",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:ok@x\r\nSUMMARY:Kept\r\nDTSTART:20220906T100000Z\r\n", 42));
        assertThat(r.succeeded()).isTrue();
        assertBooksBalance(r);
        assertThat(r.conference().session("ok@x").orElseThrow().title()).isEqualTo("Kept");
        assertThat(problemsContaining(r, Severity.WARNING, "not valid UTF-8")).hasSize(1);
        assertThat(problemsContaining(r, Severity.WARNING, "control character")).hasSize(1);
    }

    @Test
    void binaryGarbageAloneIsNotTakenForACalendar() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        ImportResult r = reader.read(new ProgramInput("garbage.ics", garbage));
        assertThat(r.succeeded()).isFalse();
        assertThat(r.firstError().orElseThrow().message()).contains("not a program file");
    }

    @Test
    void whenIcal4jRefusesTheWholeTextEachEventIsReadAlone() {
        // text the pre-pass would never produce: ical4j refuses it as a whole, the second event on its own
        String text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:good@x\r\nDTSTART:20220906T100000Z\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:bad@x\r\nDTSTART;TZID:20220906T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        RawEvent good = new RawEvent(3, java.util.List.of(new IcsLine(4, "UID:good@x"), new IcsLine(5, "DTSTART:20220906T100000Z")));
        RawEvent bad = new RawEvent(7, java.util.List.of(new IcsLine(8, "UID:bad@x"), new IcsLine(9, "DTSTART;TZID:20220906T100000")));
        RepairedIcs ics = new RepairedIcs(text, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, java.util.List.of(good, bad),
                java.util.List.of(), java.util.List.of(), true);
        java.util.List<org.conferenceplanner.importer.Problem> problems = new java.util.ArrayList<>();
        IcsCalendarReader calendar = new IcsCalendarReader("x.ics", problems);
        java.util.List<net.fortuna.ical4j.model.component.VEvent> events = calendar.read(ics);
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isNotNull();
        assertThat(events.get(1)).isNull();
        assertThat(calendar.failure(1)).isNotEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("could not be read as a whole", "one by one");
        });
    }
}
