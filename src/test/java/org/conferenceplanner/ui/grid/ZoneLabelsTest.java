package org.conferenceplanner.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ZoneLabelsTest {

    private final ZoneLabels labels = new ZoneLabels(Locale.US);
    private final ZoneId denver = ZoneId.of("America/Denver");

    @Test
    void sc12IsMountainStandardTime() {
        Instant from = LocalDate.of(2012, 11, 14).atTime(7, 0).atZone(denver).toInstant();

        assertThat(labels.axisTitle(denver, from, from.plusSeconds(14 * 3600))).isEqualTo("MST \u2014 America/Denver");
    }

    @Test
    void theShortNameIsTheOneOfThatDay() {
        Instant july = LocalDate.of(2012, 7, 14).atTime(7, 0).atZone(denver).toInstant();

        assertThat(labels.axisTitle(denver, july, july.plusSeconds(3600))).isEqualTo("MDT \u2014 America/Denver");
    }

    @Test
    void aDayWithAnOffsetChangeNamesBoth() {
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        Instant from = LocalDate.of(2025, 10, 26).atStartOfDay(brussels).toInstant();

        assertThat(labels.axisTitle(brussels, from, from.plusSeconds(6 * 3600)))
                .isEqualTo("CEST/CET \u2014 Europe/Brussels");
    }

    @Test
    void aZoneNamedByItsIdIsNamedOnce() {
        Instant t = Instant.parse("2025-02-01T10:00:00Z");

        assertThat(labels.axisTitle(ZoneId.of("UTC"), t, t.plusSeconds(3600))).isEqualTo("UTC");
        assertThat(labels.axisTitle(ZoneOffset.ofHours(2), t, t.plusSeconds(3600))).isEqualTo("+02:00");
    }

    @Test
    void secondZoneLabelsComeFromEachInstantAcrossADstChange() {
        // Europe springs forward at 01:00 UTC on 30 March 2025; Denver had already, on 9 March.
        DayTimeRange range = new DayTimeRange(Instant.parse("2025-03-29T23:00:00Z"), 3 * 60);
        List<String> denverClock = new ArrayList<>();
        List<String> brusselsClock = new ArrayList<>();
        for (int m = 0; m <= range.minutes(); m += 60) {
            denverClock.add(labels.clock(range.instantAt(m), denver));
            brusselsClock.add(labels.clock(range.instantAt(m), ZoneId.of("Europe/Brussels")));
        }

        assertThat(denverClock).containsExactly("17:00", "18:00", "19:00", "20:00");
        assertThat(brusselsClock).containsExactly("00:00", "01:00", "03:00", "04:00");
    }

    @Test
    void datesAreShortAndLocalised() {
        assertThat(labels.date(LocalDate.of(2012, 11, 14))).isEqualTo("Wed 14 Nov");
        assertThat(new ZoneLabels(Locale.GERMANY).date(LocalDate.of(2012, 11, 14))).startsWith("Mi").contains("14");
    }
}
