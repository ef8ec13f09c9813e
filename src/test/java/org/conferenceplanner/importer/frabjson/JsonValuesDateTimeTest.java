package org.conferenceplanner.importer.frabjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Date-times the shared fast path leaves alone still parse (or are refused) through the full parser. */
class JsonValuesDateTimeTest {

    @Test
    void formsOutsideTheFastPathGoToTheFullParser() {
        assertThat(JsonValues.offsetDateTime("2025-12-27T10:30+01:00")).isEqualTo(OffsetDateTime.parse("2025-12-27T10:30+01:00"));
        assertThat(JsonValues.offsetDateTime("2025-12-27 10:30:00+01:00")).isEqualTo(OffsetDateTime.parse("2025-12-27T10:30:00+01:00"));
        assertThat(JsonValues.offsetDateTime("2025-02-30T10:30:00+01:00")).isNull();
    }
}
