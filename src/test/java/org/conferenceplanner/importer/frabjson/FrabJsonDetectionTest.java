package org.conferenceplanner.importer.frabjson;

import static org.assertj.core.api.Assertions.assertThat;

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
    void notOtherFormatsOrOtherJson() {
        assertThat(importer.recognizes("<?xml version=\"1.0\"?><schedule><conference>")).isFalse();
        assertThat(importer.recognizes("BEGIN:VCALENDAR\nX-SCHEDULE:\"schedule\"")).isFalse();
        assertThat(importer.recognizes("[{\"schedule\": 1}]")).isFalse();
        assertThat(importer.recognizes("{\"name\": \"package.json\", \"version\": \"1\"}")).isFalse();
        assertThat(importer.recognizes("")).isFalse();
        assertThat(importer.recognizes("   ")).isFalse();
    }
}
