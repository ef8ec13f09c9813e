package org.conferenceplanner.importer.vcal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlatFormTest {

    @Test
    void splitsBeforeKnownPropertyNamesOnly() {
        FlatForm.Split split = FlatForm.split("BEGIN:VCALENDAR VERSION:1.0 BEGIN:VEVENT DESCRIPTION;ENCODING=QUOTED-PRINTABLE:"
                + "ABSTRACT: Note: URL: kept lowercase url: too SUMMARY:Title: with colon END:VEVENT END:VCALENDAR");
        assertThat(split.flat()).isTrue();
        assertThat(split.lines()).extracting(VcsLine::text).containsExactly("BEGIN:VCALENDAR", "VERSION:1.0", "BEGIN:VEVENT",
                "DESCRIPTION;ENCODING=QUOTED-PRINTABLE:ABSTRACT: Note:", "URL: kept lowercase url: too", "SUMMARY:Title: with colon",
                "END:VEVENT", "END:VCALENDAR");
    }

    @Test
    void leavesTheLineFormAlone() {
        FlatForm.Split split = FlatForm.split("BEGIN:VCALENDAR\nVERSION:1.0\nBEGIN:VEVENT\nSUMMARY:A SUMMARY:B\nEND:VEVENT\nEND:VCALENDAR\n");
        assertThat(split.flat()).isFalse();
        assertThat(split.lines()).extracting(VcsLine::text).contains("SUMMARY:A SUMMARY:B");
        assertThat(split.lines()).extracting(VcsLine::line).startsWith(1, 2, 3, 4);
    }

    @Test
    void everyPropertyOfAFlatLineKeepsThatLine() {
        FlatForm.Split split = FlatForm.split("\nBEGIN:VCALENDAR VERSION:1.0 END:VCALENDAR");
        assertThat(split.lines()).extracting(VcsLine::line).containsExactly(1, 2, 2, 2);
    }
}
