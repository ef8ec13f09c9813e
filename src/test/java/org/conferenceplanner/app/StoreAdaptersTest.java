package org.conferenceplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.conferenceplanner.store.ProgramLibrary;
import org.conferenceplanner.store.SettingsStore;
import org.conferenceplanner.testing.SyntheticPrograms;
import org.conferenceplanner.ui.infra.InMemorySettings;
import org.conferenceplanner.ui.programs.RecentProgram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's ports on the real store: settings survive a restart, opened programs are kept. */
class StoreAdaptersTest {

    @TempDir
    Path dir;

    @Test
    void settingsAreWrittenInTheBackgroundAndReadBackTyped() throws Exception {
        Path file = dir.resolve("settings.json");
        try (StoredSettings settings = new StoredSettings(new SettingsStore(file))) {
            settings.putDouble("window.width", 1200);
            settings.putBoolean("view.secondZone", true);
            settings.put("view.theme", "dark");
            settings.flush();
        }
        assertThat(Files.readString(file)).contains("\"window.width\"").contains("1200");
        StoredSettings again = new StoredSettings(new SettingsStore(file));
        assertThat(again.getDouble("window.width", 0)).isEqualTo(1200);
        assertThat(again.getBoolean("view.secondZone", false)).isTrue();
        assertThat(again.get("view.theme")).contains("dark");
        assertThat(again.get("missing")).isEmpty();
        again.close();
    }

    @Test
    void anOpenedFileIsKeptAndReopenedFromTheCopy() throws Exception {
        Path original = dir.resolve("fosdem.xml");
        Files.writeString(original, "FAKE:fosdem\n");
        Clock clock = Clock.fixed(Instant.parse("2025-01-30T10:00:00Z"), ZoneOffset.UTC);
        InMemorySettings settings = new InMemorySettings();
        LibraryProgramHistory history = new LibraryProgramHistory(new ProgramLibrary(dir.resolve("programs"), clock),
                settings);
        assertThat(history.last()).isEmpty();
        RecentProgram kept = history.opened(RecentProgram.file(original), SyntheticPrograms.fosdemLike());
        assertThat(kept.file()).isNotEqualTo(original).startsWith(dir.resolve("programs"));
        assertThat(kept.title()).isEqualTo("FOSDEM 2025");
        assertThat(kept.originalName()).isEqualTo("fosdem.xml");
        Files.delete(original);
        assertThat(history.last()).contains(kept);
        assertThat(history.recent()).containsExactly(kept);
        assertThat(Files.readString(kept.file())).isEqualTo("FAKE:fosdem\n");
    }

    @Test
    void theBuiltInProgramIsRememberedAsLastButNotCopied() {
        Clock clock = Clock.systemUTC();
        LibraryProgramHistory history = new LibraryProgramHistory(new ProgramLibrary(dir.resolve("programs"), clock),
                new InMemorySettings());
        history.opened(RecentProgram.embedded(""), SyntheticPrograms.sc12Like());
        assertThat(history.last()).hasValueSatisfying(r -> assertThat(r.isEmbedded()).isTrue());
        assertThat(history.recent()).isEmpty();
    }
}
