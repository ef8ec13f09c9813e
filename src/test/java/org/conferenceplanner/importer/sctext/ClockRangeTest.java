package org.conferenceplanner.importer.sctext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClockRangeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "11:00AM - 11:30AM | 11:00 | 11:30 | false",
        "8:30AM - 12:00PM  | 08:30 | 12:00 | false",
        "12:15-1:15 p.m.   | 12:15 | 13:15 | false",
        "11:30-12:30 p.m.  | 11:30 | 12:30 | false",
        "10 a.m. - 2 p.m.  | 10:00 | 14:00 | false",
        "12:00AM - 1:00AM  | 00:00 | 01:00 | false",
        "11:00PM - 1:00AM  | 23:00 | 01:00 | false",
        "9:00AM - 10:30    | 09:00 | 10:30 | false",
        "11:00AM - 1:00    | 11:00 | 13:00 | false",
        "13:30 - 17:00     | 13:30 | 17:00 | false",
        "22:00 to 24:00    | 22:00 | 00:00 | false",
        "8:30-5:00         | 08:30 | 17:00 | true",
    })
    void readsTheShapesSCPagesUse(String text, String start, String end, boolean guessed) {
        ClockRange r = ClockRange.parse(text).orElseThrow();
        assertThat(r.start()).hasToString(start);
        assertThat(r.end()).hasToString(end);
        assertThat(r.guessed()).isEqualTo(guessed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "TBA", "25:00 - 26:00", "13:00PM - 2:00PM", "10:75AM - 11:00AM", "0:30AM - 1:00AM",
        "8:30AM", "8:30AM - 12:00PM (derived from UTC)", "99999999999 - 1"})
    void refusesWhatIsNotAClockRange(String text) {
        assertThat(ClockRange.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"11:00PM - 1:00AM, true", "11:00AM - 11:30AM, false", "9:00AM - 9:00AM, false"})
    void anEndBeforeTheStartCrossesMidnight(String text, boolean crosses) {
        assertThat(ClockRange.parse(text).orElseThrow().crossesMidnight()).isEqualTo(crosses);
    }
}
