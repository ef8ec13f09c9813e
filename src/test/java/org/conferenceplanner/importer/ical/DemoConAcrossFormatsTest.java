package org.conferenceplanner.importer.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * pretalx exported the DemoCon schedule as JSON and as ICS. Both import to the same sessions (title,
 * times, room, speakers); the ICS holds one event more, HEMUKA on 2022-09-24, outside the conference days.
 */
class DemoConAcrossFormatsTest {

    private record Essentials(String title, Instant start, Instant end, String room, List<String> people) {
        static Essentials of(Session s) {
            return new Essentials(s.title(), s.start(), s.end(), s.room(), s.people().stream().map(Person::name).toList());
        }
    }

    private static Conference read(String relative, ProgramFormat expected) {
        ImportResult r = StandardImporters.reader(ImportLimits.defaults()).read(SharedData.schedule(relative));
        assertThat(r.format()).isEqualTo(expected);
        return r.conference();
    }

    private static Set<Essentials> essentials(Conference c) {
        return c.sessions().stream().map(Essentials::of).collect(Collectors.toSet());
    }

    @Test
    void icsAndJsonHoldTheSameSessionsPlusHemuka() {
        Conference ics = read("ics/pretalx-democon-2022.ics", ProgramFormat.ICALENDAR);
        Conference json = read("frab-json/pretalx-democon-2022.json", ProgramFormat.FRAB_JSON);
        Set<Essentials> extra = essentials(ics);
        extra.removeAll(essentials(json));
        assertThat(essentials(ics)).containsAll(essentials(json));
        assertThat(extra).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Enhanced stable model");
            assertThat(e.start()).isEqualTo(Instant.parse("2022-09-24T07:00:00Z"));
        });
        assertThat(ics.zone()).isEqualTo(json.zone());
        assertThat(ics.id()).isEqualTo(json.id());
    }
}
