package org.conferenceplanner.importer.sctext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScSessionIdsTest {

    @Test
    void slugsAreLowerCaseAsciiWordsWithTheDate() {
        assertThat(ScSessionIds.slug("The OpenOnload User-level Network Stack", null))
                .isEqualTo("the-openonload-user-level-network-stack");
        assertThat(ScSessionIds.slug("Café: Über  I/O!", LocalDate.of(2012, 11, 14))).isEqualTo("cafe-uber-i-o-2012-11-14");
        assertThat(ScSessionIds.slug("!!!", null)).isEqualTo("untitled");
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String slug = ScSessionIds.slug("Containment Domains - A Scalable, Efficient, and Flexible Resiliency Scheme for"
                + " Exascale Systems", null);
        assertThat(slug).isEqualTo("containment-domains-a-scalable-efficient-and-flexible-resiliency-scheme-for");
        assertThat(ScSessionIds.slug("x".repeat(200), null)).hasSize(80);
    }

    @Test
    void evidsAreFoundInEveryUrlShapeSc12Used() {
        assertThat(ScSessionIds.evidInUrl("http://sc12.supercomputing.org/schedule/event_detail.php?evid=pap647")).contains("pap647");
        assertThat(ScSessionIds.evidInUrl("http://sc12.supercomputing.org/schedule/event_detail.php-evid=pap647.html")).contains("pap647");
        assertThat(ScSessionIds.evidInUrl("http://sc12.supercomputing.org/schedule/SC12_Event_tut163-evid=tut163.vcs.txt")).contains("tut163");
        assertThat(ScSessionIds.evidInUrl("http://sc12.supercomputing.org/schedule/vcs.php?evid=pap374")).contains("pap374");
        assertThat(ScSessionIds.evidInUrl("http://sc11.gatech.edu/")).isEmpty();
    }
}
