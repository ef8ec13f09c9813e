package org.conferenceplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void typedValuesSurviveARestart() {
        Path file = dir.resolve("settings.json");
        new SettingsStore(file).save(Settings.empty()
                .with(SettingKeys.WINDOW_WIDTH, 1280.5).with(SettingKeys.WINDOW_MAXIMIZED, true)
                .with(SettingKeys.CHOSEN_DAY, "2025-12-28").with(SettingKeys.REMINDER_MINUTES, 10));
        Settings read = new SettingsStore(file).load();
        assertThat(read.number(SettingKeys.WINDOW_WIDTH)).hasValue(1280.5);
        assertThat(read.flag(SettingKeys.WINDOW_MAXIMIZED)).contains(true);
        assertThat(read.string(SettingKeys.CHOSEN_DAY)).contains("2025-12-28");
        assertThat(read.integer(SettingKeys.REMINDER_MINUTES)).hasValue(10);
        assertThat(read.string(SettingKeys.THEME, "system")).isEqualTo("system");
    }

    @Test
    void unknownKeysAreKeptWhenSaving() throws IOException {
        Path file = Files.writeString(dir.resolve("settings.json"),
                "{\"future.option\": {\"nested\": [1, 2]}, \"view.theme\": \"dark\"}");
        SettingsStore store = new SettingsStore(file);
        store.update(s -> s.with(SettingKeys.THEME, "light"));
        String text = Files.readString(file);
        assertThat(text).contains("\"future.option\"").contains("\"nested\"").contains("\"light\"");
        assertThat(new SettingsStore(file).load().string(SettingKeys.THEME)).contains("light");
    }

    @Test
    void valueOfTheWrongTypeReadsAsAbsent() throws IOException {
        Path file = Files.writeString(dir.resolve("settings.json"), "{\"window.width\": \"wide\", \"export.reminderMinutes\": 2.5}");
        Settings s = new SettingsStore(file).load();
        assertThat(s.number(SettingKeys.WINDOW_WIDTH)).isEmpty();
        assertThat(s.integer(SettingKeys.REMINDER_MINUTES)).isEmpty();
    }

    @Test
    void unreadableFileIsKeptAsideAndDefaultsAreUsed() throws IOException {
        Path file = Files.writeString(dir.resolve("settings.json"), "{\"window.width\": 12");
        SettingsStore store = new SettingsStore(file);
        assertThat(store.load()).isEqualTo(Settings.empty());
        Path aside = dir.resolve("settings.json.unreadable");
        assertThat(store.problem()).contains("The settings file " + file + " was unreadable; defaults are used."
                + " The file was kept as " + aside + ".");
        assertThat(Files.readString(aside)).isEqualTo("{\"window.width\": 12");
    }

    @Test
    void saveToAnUnwritablePlaceSaysWhereAndWhy() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        SettingsStore store = new SettingsStore(blocker.resolve("settings.json"));
        assertThatThrownBy(() -> store.save(Settings.empty().with("a", 1)))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The settings could not be saved to " + blocker.resolve("settings.json"));
        assertThat(store.load().integer("a")).hasValue(1);
    }
}
