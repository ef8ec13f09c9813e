package org.conferenceplanner.importer.sctext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.Severity;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The seed file: one SC12 event page saved with its text twice. */
class ScTextSeedTest {

    private final ProgramReader reader = StandardImporters.reader(ImportLimits.defaults());

    @Test
    void theSharedSeedImportsAsOneEventWithBothPresenters() {
        checkSeed(reader.read(SharedData.shared("seed/000_6683d7f1937232e4.txt")));
    }

    @Test
    void theFixtureCopyOfTheSeedImportsTheSameWay() {
        checkSeed(reader.read(SharedData.fixture("sctext/seed-openonload.txt")));
    }

    private static void checkSeed(ImportResult r) {
        assertThat(r.format()).isEqualTo(ProgramFormat.SC_TEXT);
        assertThat(r.succeeded()).isTrue();
        assertThat(r.eventsInFile()).isEqualTo(2);
        assertThat(r.merged()).isEqualTo(1);
        assertThat(r.refused()).isZero();
        Conference c = r.conference();
        assertThat(c.sessions()).hasSize(1);
        Session s = c.sessions().get(0);
        assertThat(s.id()).isEqualTo("the-openonload-user-level-network-stack");
        assertThat(s.title()).isEqualTo("The OpenOnload User-level Network Stack");
        assertThat(s.track()).isEqualTo("Software Platforms");
        assertThat(s.eventType()).isEqualTo("Exhibitor Forums");
        assertThat(s.room()).isEqualTo("155-C");
        assertThat(s.timeText()).isEqualTo("11:00AM - 11:30AM");
        assertThat(s.people()).containsExactly(new Person("Dave Parry", Role.PRESENTER, "Solarflare"),
                new Person("Steve Pope", Role.PRESENTER, "Solarflare"));
        assertThat(s.abstractText()).startsWith("The architecture of conventional networked systems")
                .contains("operating system normally provides.\n\nSupporting user-level TCP/UDP/IP")
                .endsWith("deployment-cases will be discussed.")
                .doesNotContain("Click here").doesNotContain("Dave Parry");
        // the page gives no date: kept, reported, unscheduled
        assertThat(s.isScheduled()).isFalse();
        assertThat(c.unscheduled()).containsExactly(s);
        assertThat(c.zone().getId()).isEqualTo("America/Denver");
        assertThat(c.id()).isEqualTo("sc12");
        assertThat(c.days()).hasSize(7);
        assertThat(c.days().get(0)).hasToString("2012-11-10");
        assertThat(c.rooms()).extracting(room -> room.name()).containsExactly("155-C");
        List<Problem> problems = r.problems();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.location().line()).isEqualTo(19);
            assertThat(p.message()).contains("repeated").contains("first at line 3").contains("merged");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.message()).contains("no date").contains("unscheduled");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.INFO);
            assertThat(p.message()).contains("no usable TIME ZONE").contains("America/Denver");
        });
        assertThat(problems).hasSize(3);
    }
}
