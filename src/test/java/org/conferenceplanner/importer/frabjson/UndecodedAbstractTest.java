package org.conferenceplanner.importer.frabjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramInput;
import org.junit.jupiter.api.Test;

/**
 * Abstracts and descriptions are left as the file's bytes while importing and decoded when first
 * read: what they read as, and what is reported about them, must be what decoding them at once gave.
 */
class UndecodedAbstractTest {

    private final FrabJsonImporter importer = new FrabJsonImporter();

    private static String schedule(String... events) {
        return """
                {"schedule": {"version": "1", "conference": {"acronym": "x", "title": "X", "time_zone_name": "Europe/Berlin",
                  "days": [{"index": 1, "date": "2025-12-27", "rooms": {"Saal 1": [
                """ + String.join(",\n", events) + """
                ]}}]}}}
                """;
    }

    private static String event(int id, String rest) {
        return "{\"id\": " + id + ", \"date\": \"2025-12-27T1" + id + ":00:00+01:00\", \"duration\": \"00:30\", \"title\": \"T" + id
                + "\"" + rest + "}";
    }

    private List<Session> sessions(byte[] bytes) {
        ImportResult r = importer.read(new ProgramInput("abstracts.json", bytes));
        assertThat(r.succeeded()).as(r.problems().toString()).isTrue();
        return r.conference().sessions();
    }

    private List<Session> sessions(String json) {
        return sessions(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void escapesAndEveryKindOfCharacterReadAsWritten() {
        List<Session> s = sessions(schedule(
                event(1, ", \"abstract\": \"Quote \\\"here\\\", caf\\u00e9, \\ud83d\\ude00, tab\\tand slash\\\\\""),
                event(2, ",\"description\":\"Grüße aus 東京 🎉\""),
                event(3, ", \"abstract\"  :  \"ends with a backslash \\\\\"  ,  \"description\": \"second\"\n"),
                event(4, ", \"abstract\": \"\", \"description\": \"\"")));
        assertThat(s.get(0).abstractText()).isEqualTo("Quote \"here\", café, \uD83D\uDE00, tab\tand slash\\");
        assertThat(s.get(1).abstractText()).isEqualTo("Grüße aus 東京 🎉");
        assertThat(s.get(2).abstractText()).isEqualTo("ends with a backslash \\\n\nsecond");
        assertThat(s.get(3).abstractText()).isEmpty();
    }

    @Test
    void htmlIsStillTurnedIntoPlainText() {
        List<Session> s = sessions(schedule(event(1, ", \"abstract\": \"<p>One &amp; two</p><ul><li>three</li></ul>\","
                + " \"description\": \"<p>One &amp; two</p><ul><li>three</li></ul>\"")));
        assertThat(s.get(0).abstractText()).isEqualTo("One & two\n\n• three");
    }

    @Test
    void theLastOfRepeatedFieldsCountsWhateverItsForm() {
        List<Session> s = sessions(schedule(
                event(1, ", \"abstract\": \"first\", \"abstract\": \"second\""),
                event(2, ", \"abstract\": \"written\", \"abstract\": {\"de\": \"Hallo\", \"en\": \"Hello\"}"),
                event(3, ", \"abstract\": {\"en\": \"Hello\"}, \"abstract\": \"plain again\""),
                event(4, ", \"abstract\": \"kept\", \"abstract\": null")));
        assertThat(s).extracting(Session::abstractText).containsExactly("second", "Hello", "plain again", "");
    }

    @Test
    void anAbstractThatIsNotUtf8IsReportedAndReadAsWindows1252AsBefore() {
        String json = schedule(event(1, ", \"abstract\": \"Grüezi mitenand\""), event(2, ""));
        ImportResult r = importer.read(new ProgramInput("abstracts.json", json.getBytes(Charset.forName("windows-1252"))));
        assertThat(r.succeeded()).isTrue();
        assertThat(r.problems().get(0).message()).isEqualTo("the file is not valid UTF-8; read as Windows-1252");
        assertThat(r.conference().sessions().get(0).abstractText()).isEqualTo("Grüezi mitenand");
    }

    @Test
    void aControlCharacterInAnAbstractBreaksTheFileWhereItIs() {
        ImportResult r = importer.read(new ProgramInput("abstracts.json",
                schedule(event(1, ""), event(2, ", \"abstract\": \"bell \u0007 here\"")).getBytes(StandardCharsets.UTF_8)));
        assertThat(r.conference().sessions()).extracting(Session::title).containsExactly("T1");
        assertThat(r.firstError().orElseThrow().location().line()).isEqualTo(4);
    }

    @Test
    void sessionsWithTheSameAbstractAreStillExactCopies() {
        String one = event(1, ", \"abstract\": \"Same \\u00e9\"");
        ImportResult r = importer.read(new ProgramInput("abstracts.json", schedule(one, one).getBytes(StandardCharsets.UTF_8)));
        assertThat(r.conference().sessions()).hasSize(1);
        assertThat(r.merged()).isEqualTo(1);
    }
}
