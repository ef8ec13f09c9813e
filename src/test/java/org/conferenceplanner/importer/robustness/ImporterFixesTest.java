package org.conferenceplanner.importer.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.Severity;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.importer.frabxml.FrabXmlImporter;
import org.conferenceplanner.importer.ical.ICalendarImporter;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;

/** One fixture for each importer bug the damaged-input suite and the mutation sweep found. */
class ImporterFixesTest {

    private final ProgramReader reader = StandardImporters.reader(ImportLimits.defaults());

    private static ProgramInput fixture(String name) throws IOException {
        return new ProgramInput(name, Files.readAllBytes(SharedData.fixture("robust/" + name)));
    }

    /** ical4j threw a NullPointerException on "DTEND;TZID=Europe/Berlin:" with nothing after the colon. */
    @Test
    void anEmptyDateValueIsReportedNotThrown() throws IOException {
        ImportResult r = new ICalendarImporter().read(fixture("empty-date-values.ics"));
        ImportInvariants.check("empty-date-values.ics", r);
        Session noStart = r.conference().session("no-start@fixture").orElseThrow();
        assertThat(noStart.isScheduled()).isFalse();
        Session noEnd = r.conference().session("no-end@fixture").orElseThrow();
        assertThat(noEnd.start()).isEqualTo(noEnd.end()).hasToString("2024-03-05T09:00:00Z");
        assertThat(r.problems()).filteredOn(p -> p.severity() == Severity.WARNING).extracting(Object::toString)
                .contains("empty-date-values.ics:4: WARNING: event \"Empty start\" (UID no-start@fixture) has a DTSTART that is"
                        + " no possible date and time (\"\"); it was kept under Unscheduled")
                .contains("empty-date-values.ics:10: WARNING: event \"Empty end\" (UID no-end@fixture) has a DTEND that is"
                        + " no possible date and time (\"\"); it was kept with no length");
    }

    /** ical4j read DTSTART:20240230T090000Z as 29 February, silently. */
    @Test
    void february30IsNotMovedTo29February() throws IOException {
        ImportResult r = new ICalendarImporter().read(fixture("impossible-dates.ics"));
        Session feb30 = r.conference().session("302").orElseThrow();
        assertThat(feb30.isScheduled()).isFalse();
        assertThat(feb30.timeText()).isEqualTo("20240230T090000Z");
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.toString()).isEqualTo("impossible-dates.ics:11: WARNING: event"
                + " \"February thirtieth\" (UID 302) has a DTSTART that is no possible date and time (\"20240230T090000Z\");"
                + " it was kept under Unscheduled"));
    }

    /** UTF-16 without a byte-order mark was refused as "not a program file" for every text format but JSON. */
    @Test
    void utf16WithoutAByteOrderMarkIsDetectedAndRead() throws IOException {
        ImportResult r = reader.read(fixture("utf16le-no-bom.vcs"));
        assertThat(r.conference().sessions()).extracting(Session::title).containsExactly("Grüße aus Köln", "Second talk", "Third talk");
        assertThat(r.problems()).extracting(Object::toString).contains(
                "utf16le-no-bom.vcs:1: INFO: the file is UTF-16 text without a byte-order mark; it was read as UTF-16LE");
    }

    /** A file cut in the middle of a character was read as Windows-1252 throughout, spoiling every accented letter. */
    @Test
    void aFileCutInsideACharacterStaysUtf8() throws IOException {
        ImportResult r = reader.read(fixture("cut-in-a-character.txt"));
        assertThat(r.conference().sessions()).extracting(Session::title).containsExactly("Grüße aus Köln", "Second talk");
        assertThat(r.conference().sessions().get(0).people().get(0).name()).isEqualTo("Zoë Müller");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.location().line()).isEqualTo(22);
            assertThat(p.message()).contains("not valid UTF-8", "cut off in the middle of a character");
        });
    }

    /**
     * The JDK's XML parser printed "XMLEntityScanner$1" to the console when a file ended inside its
     * DOCTYPE's [...]. Detection never sends such a file to the XML importer, but the importer must not
     * depend on that.
     */
    @Test
    void aDoctypeNeverClosedIsRefusedWithoutAWordOnTheConsole() throws IOException {
        ImportResult r;
        try (ConsoleCapture console = new ConsoleCapture()) {
            r = new FrabXmlImporter().read(fixture("doctype-never-closed.xml"));
            assertThat(console.take()).isEmpty();
        }
        assertThat(r.succeeded()).isFalse();
        assertThat(r.firstError().orElseThrow()).hasToString("doctype-never-closed.xml:2: ERROR:"
                + " the file ends inside its <!DOCTYPE> (begun on line 2), as if it was cut off");
    }

    /**
     * An entity declaration over 8 KB reached the parser: detection saw no {@code <schedule>} in the
     * first 8 KB, and the parser's text of a DOCTYPE that long is garbled, so the entity check missed it.
     */
    @Test
    void aDoctypeOver8KilobytesIsStillRefusedForItsEntities() throws IOException {
        ProgramInput input = fixture("entity-over-8kb.xml");
        assertThat(reader.detect(input.bytes()).orElseThrow()).isInstanceOf(FrabXmlImporter.class);
        ImportResult r = reader.read(input);
        assertThat(r.succeeded()).isFalse();
        assertThat(r.firstError().orElseThrow()).hasToString("entity-over-8kb.xml:2: ERROR: the file declares entities in a"
                + " <!DOCTYPE>, which no schedule needs; they are never expanded (protection against XXE and entity-expansion"
                + " attacks), so the file is refused");
    }

    private static ProgramInput text(String name, String content) {
        return new ProgramInput(name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A 9999-hour duration made SC12's Saturday a year long in the grid; 34C3's 55 h 23 min stays as it is. */
    @Test
    void aSessionLongerThanAConferenceWeekIsKeptWithNoLength() {
        ImportResult r = reader.read(text("slip.xml", """
                <?xml version='1.0' encoding='utf-8' ?>
                <schedule><conference><title>Slip</title><time_zone_name>Europe/Berlin</time_zone_name></conference>
                  <day index='1' date='2017-12-27'><room name='Hall'>
                    <event id='1'><date>2017-12-27T10:00:00+01:00</date><start>10:00</start><duration>9999:00</duration>
                      <room>Hall</room><title>A year of talk</title></event>
                    <event id='2'><date>2017-12-27T12:00:00+01:00</date><start>12:00</start><duration>55:23</duration>
                      <room>Hall</room><title>Lets play for days</title></event>
                  </room></day>
                </schedule>
                """));
        ImportInvariants.check("slip.xml", r);
        Session slip = r.conference().session("1").orElseThrow();
        assertThat(slip.end()).isEqualTo(slip.start()).hasToString("2017-12-27T09:00:00Z");
        assertThat(r.conference().session("2").orElseThrow().duration()).hasHours(55);
        assertThat(r.problems()).filteredOn(p -> p.severity() == Severity.WARNING).extracting(p -> p.message()).containsExactly(
                "event 1 \"A year of talk\" lasts 416 days, longer than a conference week; it was kept with no length");
    }

    /** "DURATION:PT1X" was reported as "has neither DTEND nor DURATION". */
    @Test
    void anUnreadableIcsDurationIsNamedAsSuch() {
        ImportResult r = reader.read(text("bad-duration.ics", String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
                "PRODID:-//t//t//EN", "X-WR-TIMEZONE:Europe/Berlin", "BEGIN:VEVENT", "UID:a2", "DTSTART:20250101T100000Z",
                "DURATION:PT1X", "SUMMARY:Bad duration", "END:VEVENT", "END:VCALENDAR", "")));
        Session s = r.conference().session("a2").orElseThrow();
        assertThat(s.end()).isEqualTo(s.start());
        assertThat(r.problems()).extracting(Object::toString).containsExactly("bad-duration.ics:5: WARNING: event"
                + " \"Bad duration\" (UID a2) has a DURATION that is no duration (\"PT1X\", RFC 5545 writes PT1H30M);"
                + " it was kept with no length");
    }

    /** An event id of 1e400 was reported as 'event id is a number ("Infinity"), not a number'. */
    @Test
    void aJsonIdThatIsNoWholeNumberIsQuotedAsWritten() {
        ImportResult r = reader.read(text("exponent-id.json", """
                {"schedule": {"version": "1", "conference": {"title": "X", "time_zone_name": "Europe/Berlin",
                  "days": [{"index": 0, "date": "2025-01-01", "rooms": {"R": [
                    {"id": 1e400, "guid": "g", "date": "2025-01-01T10:00:00+01:00", "start": "10:00", "duration": "00:30",
                     "room": "R", "title": "T", "type": "talk", "persons": []}]}}]}}}
                """));
        assertThat(r.conference().sessions()).extracting(Session::id).containsExactly("1E+400");
        assertThat(r.problems()).extracting(p -> p.message()).contains("event id 1E+400 is not a whole number; used as text");
    }
}
