package org.conferenceplanner.importer.frabjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FrabDurationTest {

    @Test
    void clockForms() {
        assertThat(FrabDuration.parse("00:45")).contains(Duration.ofMinutes(45));
        assertThat(FrabDuration.parse("1:30")).contains(Duration.ofMinutes(90));
        assertThat(FrabDuration.parse("01:30:15")).contains(Duration.ofSeconds(5415));
        assertThat(FrabDuration.parse("55:23")).as("the 34C3 Hedgewars marathon").contains(Duration.ofMinutes(55 * 60 + 23));
        assertThat(FrabDuration.parse(" 02:00 ")).contains(Duration.ofHours(2));
    }

    @Test
    void isoForms() {
        assertThat(FrabDuration.parse("PT1H30M")).contains(Duration.ofMinutes(90));
        assertThat(FrabDuration.parse("PT5M")).contains(Duration.ofMinutes(5));
        assertThat(FrabDuration.parse("P1DT2H")).contains(Duration.ofHours(26));
    }

    @Test
    void nonsenseIsEmpty() {
        assertThat(FrabDuration.parse("soon")).isEmpty();
        assertThat(FrabDuration.parse("")).isEmpty();
        assertThat(FrabDuration.parse(null)).isEmpty();
        assertThat(FrabDuration.parse("1:75")).isEmpty();
        assertThat(FrabDuration.parse("PT-5M")).isEmpty();
        assertThat(FrabDuration.parse("P")).isEmpty();
    }
}
