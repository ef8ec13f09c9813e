package org.conferenceplanner.importer.frabjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.importer.frabjson.FrabJsonAssertions.assertAccounted;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Random;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.Severity;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Broken, hostile and mis-encoded input: always a clear problem or refusal, never an exception or a hang. */
class FrabJsonDamagedInputTest {

    private static final String ONE_EVENT = """
            {"schedule": {"version": "1", "conference": {"acronym": "x", "title": "X", "time_zone_name": "Europe/Zurich",
              "days": [{"index": 1, "date": "2022-12-28", "rooms": {"Raum": [
                {"id": 1, "date": "2022-12-28T14:00:00+01:00", "duration": "00:45", "title": "Grüezi",
                 "persons": [{"public_name": "Mänu"}]},
                {"id": 2, "date": "2022-12-28T15:00:00+01:00", "duration": "00:45", "title": "Zwöi"}
              ]}}]}}}
            """;

    private final FrabJsonImporter importer = new FrabJsonImporter();

    private ImportResult read(byte[] bytes) {
        return importer.read(new ProgramInput("damaged.json", bytes));
    }

    private ImportResult read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(ImportResult r) {
        assertThat(r.succeeded()).as("refused: " + r.problems()).isFalse();
        Problem reason = r.firstError().orElseThrow();
        assertThat(reason.location().file()).isEqualTo("damaged.json");
        return reason.message();
    }

    @Test
    void emptyOrBlankFileIsRefused() {
        assertThat(refusal(read(new byte[0]))).isEqualTo("the file holds no JSON at all");
        assertThat(refusal(read(" \n\t "))).isEqualTo("the file holds no JSON at all");
    }

    @Test
    void anArrayOrAScalarIsNotASchedule() {
        assertThat(refusal(read("[{\"schedule\": {}}]"))).contains("holds a list").contains("\"schedule\"");
        assertThat(refusal(read("\"schedule\""))).contains("holds a text");
        assertThat(refusal(read("42"))).contains("holds a number");
        assertThat(refusal(read("null"))).contains("holds null");
    }

    @Test
    void anObjectWithoutScheduleIsRefused() {
        assertThat(refusal(read("{\"program\": {\"conference\": {\"title\": \"x\"}}}"))).contains("no \"schedule\"");
        assertThat(refusal(read("{\"schedule\": \"tomorrow\"}"))).contains("no \"schedule\"");
    }

    @Test
    void truncatedInTheMiddleKeepsTheEventsBeforeAndSaysWhereItBroke() {
        int cut = ONE_EVENT.indexOf("\"Zwöi\"");
        ImportResult r = read(ONE_EVENT.substring(0, cut));
        assertThat(r.succeeded()).isTrue();
        assertAccounted(r);
        assertThat(r.conference().sessions()).extracting(s -> s.title()).containsExactly("Grüezi");
        Problem error = r.firstError().orElseThrow();
        assertThat(error.message()).contains("cut off").contains("the 1 event before line 5 is kept");
        assertThat(error.location().line()).isEqualTo(5);
    }

    @Test
    void truncatedBeforeAnyEventIsRefusedWithTheLine() {
        String message = refusal(read(ONE_EVENT.substring(0, ONE_EVENT.indexOf("\"days\""))));
        assertThat(message).contains("cut off");
    }

    @Test
    void brokenSyntaxNamesTheLine() {
        String broken = ONE_EVENT.replace("\"duration\": \"00:45\", \"title\": \"Zwöi\"", "\"duration\": 00:45, \"title\": \"Zwöi\"");
        ImportResult r = read(broken);
        Problem error = r.firstError().orElseThrow();
        assertThat(error.message()).startsWith("this is not valid JSON");
        assertThat(error.location().line()).isEqualTo(5);
        assertThat(error.toString()).doesNotContain("Source", "REDACTED", "com.fasterxml");
    }

    @Test
    void binaryGarbageIsRefused() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        garbage[0] = '{';
        assertThat(refusal(read(garbage))).startsWith("this is not valid JSON");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        assertThat(refusal(read(png))).isNotBlank();
    }

    @Test
    void deeplyNestedJsonIsRefusedWithoutRecursing() {
        String deepObject = "{\"a\":".repeat(200_000) + "1" + "}".repeat(200_000);
        assertThat(refusal(read(deepObject))).contains("nested more than 64 levels");
        String deepInSchedule = "{\"schedule\": {\"junk\": " + "[".repeat(200_000) + "]".repeat(200_000) + "}}";
        assertThat(refusal(read(deepInSchedule))).contains("nested more than 64 levels");
        String deepInEvent = ONE_EVENT.replace("\"title\": \"Zwöi\"", "\"title\": \"Zwöi\", \"x\": " + "[".repeat(100_000));
        ImportResult r = read(deepInEvent);
        assertThat(r.succeeded()).isTrue();
        assertThat(r.conference().sessions()).hasSize(1);
        assertThat(r.firstError().orElseThrow().message()).contains("nested more than 64 levels");
    }

    @Test
    void windows1252IsReadAsSuchWithAWarning() {
        ImportResult r = read(ONE_EVENT.getBytes(Charset.forName("windows-1252")));
        assertThat(r.succeeded()).isTrue();
        assertThat(r.conference().sessions()).extracting(s -> s.title()).containsExactly("Grüezi", "Zwöi");
        assertThat(r.conference().sessions().get(0).people().get(0).name()).isEqualTo("Mänu");
        Problem warning = r.problems().get(0);
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.message()).isEqualTo("the file is not valid UTF-8; read as Windows-1252");
        assertThat(warning.location().line()).as("the line of Grüezi").isEqualTo(3);
    }

    @Test
    void aDamagedByteInUtf8SpoilsOnlyThatCharacter() {
        byte[] bytes = ONE_EVENT.getBytes(StandardCharsets.UTF_8);
        int zwoi = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("Zw") + 2; // first byte of "ö"
        bytes[zwoi] = (byte) 0xFF;
        ImportResult r = read(bytes);
        assertThat(r.conference().sessions()).extracting(s -> s.title()).containsExactly("Grüezi", "Zw\uFFFD\uFFFDi");
        assertThat(r.problems().get(0).message()).contains("not valid UTF-8").contains("\uFFFD");
    }

    @Test
    void utf16AndByteOrderMarksAreRead() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = ONE_EVENT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = Arrays.copyOf(bom, bom.length + utf8.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        assertThat(read(withBom).conference().sessions()).hasSize(2);
        ImportResult utf16 = read(("\uFEFF" + ONE_EVENT).getBytes(StandardCharsets.UTF_16LE));
        assertThat(utf16.conference().sessions()).extracting(s -> s.title()).containsExactly("Grüezi", "Zwöi");
    }

    @Test
    @Timeout(120)
    void everyTruncationOfAFixtureEndsInProblemsOrARefusal() throws IOException {
        byte[] whole = Files.readAllBytes(SharedData.fixture("frabjson/classic-quirks.json"));
        for (int length = 0; length < whole.length; length += 3) {
            ImportResult r = read(Arrays.copyOf(whole, length));
            assertThat(r.firstError()).as("cut at " + length).isPresent();
            if (r.succeeded()) {
                assertAccounted(r);
            }
        }
    }
}
