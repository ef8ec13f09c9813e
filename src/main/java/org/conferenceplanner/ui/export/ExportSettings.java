package org.conferenceplanner.ui.export;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.conferenceplanner.export.ExportOptions;
import org.conferenceplanner.ui.infra.SettingNames;
import org.conferenceplanner.ui.infra.Settings;

/**
 * The export choices the window remembers between runs: the folder a calendar file was last saved in
 * and the reminder minutes (0 for none). Values that no longer make sense (a deleted folder, a number
 * out of range) read as unset. FX thread.
 */
public final class ExportSettings {

    private final Settings settings;

    public ExportSettings(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The folder last saved in, while it still exists. */
    public Optional<Path> folder() {
        try {
            return settings.get(SettingNames.EXPORT_FOLDER).filter(s -> !s.isBlank()).map(Path::of)
                    .filter(Files::isDirectory);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Remembers the folder of a file just written. */
    public void rememberFolderOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            settings.put(SettingNames.EXPORT_FOLDER, folder.toString());
        }
    }

    /** Minutes before a session its reminder fires; 0 for no reminder. */
    public int reminderMinutes() {
        double stored = settings.getDouble(SettingNames.REMINDER_MINUTES, 0);
        return stored >= 0 && stored <= ExportOptions.MAX_ALARM_MINUTES ? (int) stored : 0;
    }

    public void setReminderMinutes(int minutes) {
        settings.putDouble(SettingNames.REMINDER_MINUTES, clamp(minutes));
    }

    /** Export options with this reminder (0: none) and calendar name. */
    public static ExportOptions options(int reminderMinutes, String calendarName) {
        ExportOptions options = ExportOptions.defaults().withCalendarName(calendarName);
        return reminderMinutes > 0 ? options.withAlarm(clamp(reminderMinutes)) : options;
    }

    static int clamp(int minutes) {
        return Math.max(0, Math.min(ExportOptions.MAX_ALARM_MINUTES, minutes));
    }
}
