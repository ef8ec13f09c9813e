package org.conferenceplanner.importer.frabjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.importer.TextDecoder;
import org.junit.jupiter.api.Test;

class FrabJsonDetectionTest {

    private final FrabJsonImporter importer = new FrabJsonImporter();

    @Test
    void aJsonObjectMentioningScheduleOrConference() {
        assertThat(importer.recognizes("{\"schedule\": {")).isTrue();
        assertThat(importer.recognizes("\uFEFF\n  \t{\n \"$schema\": \"x\", \"schedule\"")).isTrue();
        assertThat(importer.recognizes("{\"conference\": {\"title\": \"x\"}}")).isTrue();
    }

    @Test
    void utf16ThroughTheReadersUtf8Head() {
        byte[] utf16 = ("\uFEFF{\"schedule\": {}}").getBytes(StandardCharsets.UTF_16LE);
        assertThat(importer.recognizes(TextDecoder.head(utf16, 8192))).isTrue();
        ImportResult r = StandardImporters.reader(ImportLimits.defaults()).read(new ProgramInput("utf16.json", utf16));
        assertThat(r.format()).isEqualTo(ProgramFormat.FRAB_JSON);
    }

    @Test
    void notOtherFormatsOrOtherJson() {
        assertThat(importer.recognizes("<?xml version=\"1.0\"?><schedule><conference>")).isFalse();
        assertThat(importer.recognizes("BEGIN:VCALENDAR\nX-SCHEDULE:\"schedule\"")).isFalse();
        assertThat(importer.recognizes("[{\"schedule\": 1}]")).isFalse();
        assertThat(importer.recognizes("{\"name\": \"package.json\", \"version\": \"1\"}")).isFalse();
        assertThat(importer.recognizes("")).isFalse();
        assertThat(importer.recognizes("   ")).isFalse();
    }
}
