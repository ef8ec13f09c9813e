package org.conferenceplanner.importer.frabjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * pretalx exported DemoCon 2022 as JSON and as XML from one schedule: both importers, each chosen
 * by content, must give the same sessions.
 */
class DemoConJsonXmlTest {

    private final ProgramReader reader = StandardImporters.reader(ImportLimits.defaults());

    @Test
    void jsonAndXmlGiveTheSameSessions() {
        ImportResult json = reader.read(SharedData.schedule("frab-json/pretalx-democon-2022.json"));
        ImportResult xml = reader.read(SharedData.schedule("frab-xml/pretalx-democon-2022.xml"));
        assertThat(json.format()).isEqualTo(ProgramFormat.FRAB_JSON);
        assertThat(xml.format()).isEqualTo(ProgramFormat.FRAB_XML);
        Conference fromJson = json.conference();
        Conference fromXml = xml.conference();
        assertThat(fromJson.id()).isEqualTo(fromXml.id());
        assertThat(fromJson.zone()).isEqualTo(fromXml.zone());
        assertThat(fromJson.days()).isEqualTo(fromXml.days());
        assertThat(fromJson.rooms()).containsExactlyInAnyOrderElementsOf(fromXml.rooms());
        assertThat(fromJson.sessions()).hasSize(35);

        Map<String, Session> xmlById = fromXml.sessions().stream().collect(Collectors.toMap(Session::id, Function.identity()));
        assertThat(xmlById.keySet()).containsExactlyInAnyOrderElementsOf(fromJson.sessions().stream().map(Session::id).toList());
        for (Session j : fromJson.sessions()) {
            Session x = xmlById.get(j.id());
            assertThat(List.of(j.guid(), j.title(), j.start(), j.end(), j.day(), j.room()))
                    .as("session " + j.id())
                    .isEqualTo(List.of(x.guid(), x.title(), x.start(), x.end(), x.day(), x.room()));
            assertThat(j.people()).as("people of " + j.id()).isEqualTo(x.people());
            assertThat(List.of(j.subtitle(), j.track(), j.eventType(), j.language(), j.url(), j.abstractText(), j.links()))
                    .as("details of " + j.id())
                    .isEqualTo(List.of(x.subtitle(), x.track(), x.eventType(), x.language(), x.url(), x.abstractText(), x.links()));
        }
    }
}
