package org.conferenceplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramLibraryTest {

    @TempDir
    Path dir;

    private Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void firstStartHasNothingToOpen() {
        assertThat(new ProgramLibrary(dir.resolve("programs"), at("2025-01-01T00:00:00Z")).lastOpened()).isEmpty();
    }

    @Test
    void keepsACopyThatOutlivesTheOriginal() throws IOException {
        Path original = Files.writeString(dir.resolve("schedule.xml"), "<schedule>v1</schedule>");
        Conference c = Samples.conference("39c3", List.of());
        KnownProgram kept = new ProgramLibrary(dir.resolve("programs"), at("2025-12-01T10:00:00Z")).add(original, c);
        Files.delete(original);

        ProgramLibrary restarted = new ProgramLibrary(dir.resolve("programs"), at("2025-12-02T10:00:00Z"));
        KnownProgram last = restarted.lastOpened().orElseThrow();
        assertThat(last).isEqualTo(kept);
        assertThat(last.file()).startsWith(dir.resolve("programs"));
        assertThat(Files.readString(last.file())).isEqualTo("<schedule>v1</schedule>");
        assertThat(last.originalName()).isEqualTo("schedule.xml");
        assertThat(last.title()).isEqualTo("39c3 title");
        assertThat(last.lastOpened()).isEqualTo(Instant.parse("2025-12-01T10:00:00Z"));
    }

    @Test
    void recentListIsMostRecentlyOpenedFirst() throws IOException {
        Path lib = dir.resolve("programs");
        Path a = Files.writeString(dir.resolve("a.ics"), "A");
        Path b = Files.writeString(dir.resolve("b.json"), "B");
        new ProgramLibrary(lib, at("2025-01-01T00:00:00Z")).add(a, Samples.conference("A", List.of()));
        new ProgramLibrary(lib, at("2025-01-02T00:00:00Z")).add(b, Samples.conference("B", List.of()));
        assertThat(new ProgramLibrary(lib, at("2025-01-03T00:00:00Z")).programs())
                .extracting(KnownProgram::conferenceId).containsExactly("B", "A");

        ProgramLibrary library = new ProgramLibrary(lib, at("2025-01-04T00:00:00Z"));
        library.markOpened("A");
        assertThat(new ProgramLibrary(lib, at("2025-01-05T00:00:00Z")).recent(1))
                .extracting(KnownProgram::conferenceId).containsExactly("A");
    }

    @Test
    void aNewerVersionReplacesTheCopyOfTheSameConference() throws IOException {
        Path lib = dir.resolve("programs");
        Path v1 = Files.writeString(dir.resolve("v1.xml"), "version 1");
        Path v2 = Files.writeString(dir.resolve("v2.json"), "version 2");
        KnownProgram first = new ProgramLibrary(lib, at("2025-01-01T00:00:00Z")).add(v1, Samples.conference("39c3", List.of()));
        ProgramLibrary library = new ProgramLibrary(lib, at("2025-01-02T00:00:00Z"));
        assertThat(library.find("39c3").orElseThrow().sha256()).isEqualTo(first.sha256());
        KnownProgram second = library.add(v2, Samples.conference("39c3", List.of()));

        assertThat(second.sha256()).isNotEqualTo(first.sha256());
        assertThat(library.programs()).containsExactly(second);
        assertThat(Files.readString(second.file())).isEqualTo("version 2");
        assertThat(first.file()).doesNotExist();
    }

    @Test
    void reopeningTheKeptCopyDoesNotDuplicateIt() throws IOException {
        Path lib = dir.resolve("programs");
        Path v1 = Files.writeString(dir.resolve("talks.ics"), "same bytes");
        ProgramLibrary library = new ProgramLibrary(lib, at("2025-01-01T00:00:00Z"));
        KnownProgram kept = library.add(v1, Samples.conference("x", List.of()));
        KnownProgram again = new ProgramLibrary(lib, at("2025-01-09T00:00:00Z")).add(kept.file(), Samples.conference("x", List.of()));
        assertThat(again.file()).isEqualTo(kept.file());
        assertThat(again.importedAt()).isEqualTo(kept.importedAt());
        assertThat(again.lastOpened()).isEqualTo(Instant.parse("2025-01-09T00:00:00Z"));
        try (var files = Files.list(lib)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("index.json", kept.file().getFileName().toString());
        }
    }

    @Test
    void unreadableIndexIsKeptAsideAndTheLibraryStartsEmpty() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("programs"));
        Files.write(lib.resolve("index.json"), new byte[] {0, 1, 2, (byte) 0xff});
        ProgramLibrary library = new ProgramLibrary(lib, at("2025-01-01T00:00:00Z"));
        assertThat(library.programs()).isEmpty();
        assertThat(library.problem()).hasValueSatisfying(m -> assertThat(m)
                .contains("was unreadable").contains(lib.resolve("index.json.unreadable").toString()));
        assertThat(lib.resolve("index.json.unreadable")).exists();
    }

    @Test
    void conferenceIdsThatAreNotFileNamesStillGetDistinctFiles() throws IOException {
        Path lib = dir.resolve("programs");
        Path f = Files.writeString(dir.resolve("p.xml"), "same");
        ProgramLibrary library = new ProgramLibrary(lib, at("2025-01-01T00:00:00Z"));
        KnownProgram a = library.add(f, Samples.conference("a/b", List.of()));
        KnownProgram b = library.add(f, Samples.conference("a?b", List.of()));
        assertThat(a.file()).isNotEqualTo(b.file());
        assertThat(a.file().getParent()).isEqualTo(lib);
        assertThat(library.programs()).hasSize(2);
    }
}
