package org.conferenceplanner.importer.frabxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The importer is chosen by content, whatever the file is called. */
class FrabXmlDetectionTest {

    private final FrabXmlImporter importer = new FrabXmlImporter();
    private final ProgramReader reader = StandardImporters.reader(ImportLimits.defaults());

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "<schedule>",
        "<schedule xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">",
        "<?xml version='1.0' encoding='utf-8' ?>\n<!-- Made with love by pretalx v2.3.1post0. -->\n<schedule>\n",
        "\n\n  <?xml version=\"1.0\"?><schedule/>",
        "<?xml version=\"1.0\"?><!DOCTYPE schedule [<!ENTITY a \"b\">]><schedule>",
        "\uFEFF<schedule>",
        "<schedule"
    })
    void recognisesScheduleRoots(String head) {
        assertThat(importer.recognizes(head)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "{\"schedule\": {}}", "BEGIN:VCALENDAR", "<schedules>", "<rss><schedule>", "<?xml version=\"1.0\"?>",
        "<!-- <schedule> -->", "<?xml version=\"1.0\"?><!-- unfinished comment <schedule>", "text <schedule>"
    })
    void ignoresEverythingElse(String head) {
        assertThat(importer.recognizes(head)).isFalse();
    }

    @Test
    void isOneOfTheStandardImporters() {
        assertThat(StandardImporters.all()).anyMatch(i -> i instanceof FrabXmlImporter);
        assertThat(importer.format()).isEqualTo(ProgramFormat.FRAB_XML);
    }

    @Test
    void detectedByContentWhateverTheFileName() throws IOException {
        Path misnamed = Files.copy(SharedData.fixture("frabxml/link-titles.xml"), dir.resolve("program.json"));
        ImportResult r = reader.read(misnamed);
        assertThat(r.format()).isEqualTo(ProgramFormat.FRAB_XML);
        assertThat(r.conference().sessions()).hasSize(1);
        assertThat(r.conference().source().name()).isEqualTo("program.json");
        assertThat(r.conference().source().format()).isEqualTo(ProgramFormat.FRAB_XML);
    }

    @Test
    void realFileWithoutExtension() throws IOException {
        Path noName = Files.copy(SharedData.schedule("frab-xml/pretalx-democon-2022.xml"), dir.resolve("download"));
        ImportResult r = reader.read(noName);
        assertThat(r.format()).isEqualTo(ProgramFormat.FRAB_XML);
        assertThat(r.conference().sessions()).hasSize(35);
    }

    @Test
    void hostileFilesReachThisImporterAndAreRefusedWithTheirLine() throws IOException {
        Path xxe = Files.copy(SharedData.fixture("frabxml/xxe.xml"), dir.resolve("innocent.ics"));
        ImportResult r = reader.read(xxe);
        assertThat(r.format()).isEqualTo(ProgramFormat.FRAB_XML);
        assertThat(r.succeeded()).isFalse();
        assertThat(r.firstError().orElseThrow().toString()).startsWith("innocent.ics:").contains("ERROR", "entities");
    }
}
