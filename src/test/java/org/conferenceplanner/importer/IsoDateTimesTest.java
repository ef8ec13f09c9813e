package org.conferenceplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class IsoDateTimesTest {

    @Test
    void theCommonFormsGiveWhatTheFullParserGives() {
        for (String text : new String[] {"2025-12-27T10:30:00+01:00", "2019-08-21T23:59:59+02:00", "2024-05-04T18:00:00Z",
                "2020-02-29T00:00:00-05:30", "2024-12-27T09:30:00+00:00", "2024-12-27T09:30:00+05:45",
                "2024-12-27T09:30:00-00:30", "2024-12-27T09:30:00+18:00", "2024-12-27T09:30:00-18:00",
                "2024-12-27T09:30:00+13:20", "2024-12-27T09:30:00-09:59"}) {
            assertThat(IsoDateTimes.parseCommonForm(text)).as(text).isEqualTo(OffsetDateTime.parse(text));
        }
    }

    @Test
    void anythingElseIsLeftToTheFullParser() {
        for (String text : new String[] {"2025-12-27T10:30+01:00", "2025-12-27 10:30:00+01:00", "2025-13-27T10:30:00+01:00",
                "2025-02-30T10:30:00+01:00", "2025-12-27T24:30:00+01:00", "2025-12-27T10:30:00+19:00", "2025-12-27T10:30:00X",
                "2025-12-27T10:30:00+18:15", "2025-12-27T10:30:00-18:15", "2025-12-27T10:30:00+01:75", "2025-12-27T10:30:00+01:60",
                "2025-12-2xT10:30:00+01:00", "2025-12-27T10:30:00+0100", ""}) {
            assertThat(IsoDateTimes.parseCommonForm(text)).as(text).isNull();
        }
    }
}
