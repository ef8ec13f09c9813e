package org.conferenceplanner.importer.frabxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * pretalx exported the DemoCon schedule as XML and as JSON: both import to the same conference and
 * the same sessions, field by field (the ICS leg is in the calendar importer's tests).
 */
class DemoConXmlAndJsonTest {

    private record Essentials(String id, String guid, String title, String subtitle, String type, String track,
                              LocalDate day, Instant start, Instant end, String room, List<String> people,
                              String abstractText, List<Link> links, String language, String url) {
        static Essentials of(Session s) {
            return new Essentials(s.id(), s.guid(), s.title(), s.subtitle(), s.eventType(), s.track(), s.day(), s.start(),
                    s.end(), s.room(), s.people().stream().map(Person::name).toList(), s.abstractText(), s.links(),
                    s.language(), s.url());
        }
    }

    private static Conference read(String relative, ProgramFormat expected) {
        ImportResult r = StandardImporters.reader(ImportLimits.defaults()).read(SharedData.schedule(relative));
        assertThat(r.format()).isEqualTo(expected);
        return r.conference();
    }

    @Test
    void xmlAndJsonImportToTheSameProgram() {
        Conference xml = read("frab-xml/pretalx-democon-2022.xml", ProgramFormat.FRAB_XML);
        Conference json = read("frab-json/pretalx-democon-2022.json", ProgramFormat.FRAB_JSON);
        assertThat(xml.sessions()).hasSize(35);
        assertThat(xml.sessions().stream().map(Essentials::of).toList())
                .containsExactlyInAnyOrderElementsOf(json.sessions().stream().map(Essentials::of).toList());
        assertThat(xml.id()).isEqualTo(json.id());
        assertThat(xml.title()).isEqualTo(json.title());
        assertThat(xml.zone()).isEqualTo(json.zone());
        assertThat(xml.days()).isEqualTo(json.days());
        assertThat(xml.rooms()).extracting(Room::name).containsExactlyInAnyOrderElementsOf(
                json.rooms().stream().map(Room::name).toList());
        assertThat(xml.source().version()).isEqualTo(json.source().version());
    }
}
