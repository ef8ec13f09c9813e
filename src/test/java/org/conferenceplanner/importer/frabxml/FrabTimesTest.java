package org.conferenceplanner.importer.frabxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrabTimesTest {

    @ParameterizedTest
    @CsvSource({"00:30, PT30M", "2:00, PT2H", "00:30:00, PT30M", "55:23, PT55H23M", "0:45, PT45M", "01:00:30, PT1H30S",
        "PT1H15M, PT1H15M", "0:00, PT0S", "100:00, PT100H"})
    void readsDurations(String text, String expected) {
        assertThat(FrabTimes.duration(text)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "90", "1:75", "an hour", ":30", "1:", "1::30", "-1:00", "PT-1H", "1:00:75", "1:2:3:4",
        "99999999999:00"})
    void refusesOtherDurations(String text) {
        assertThat(FrabTimes.duration(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"9:00, 09:00", "09:00:00, 09:00", "23:59, 23:59", "00:00, 00:00"})
    void readsClockTimes(String text, String expected) {
        assertThat(FrabTimes.clock(text)).isEqualTo(LocalTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:00", "12:60", "noon", "12", ""})
    void refusesOtherClockTimes(String text) {
        assertThat(FrabTimes.clock(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "2024-12-27T10:30:00+01:00, 2024-12-27T10:30:00+01:00",
        "2024-12-27T10:30+01:00, 2024-12-27T10:30:00+01:00",
        "2024-12-27 10:30:00+01:00, 2024-12-27T10:30:00+01:00",
        "2024-12-27T09:30:00Z, 2024-12-27T09:30:00Z",
        "2024-07-01T10:30:00, 2024-07-01T10:30:00+02:00"})
    void readsDateTimesWithOrWithoutOffset(String text, String expected) {
        assertThat(FrabTimes.dateTime(text, ZoneId.of("Europe/Berlin"))).isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30T10:00:00+01:00", "2023-03-01T25:00:00+01:00", "soon", "2023-03-01"})
    void refusesImpossibleDateTimes(String text) {
        assertThat(FrabTimes.dateTime(text, ZoneId.of("Europe/Berlin"))).isNull();
    }
}
