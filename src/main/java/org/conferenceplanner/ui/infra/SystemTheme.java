package org.conferenceplanner.ui.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Reads whether the desktop prefers a dark theme, from what can be read without running a program:
 * {@code GTK_THEME} (e.g. {@code Adwaita:dark}) and GTK's {@code settings.ini}. JavaFX 21 offers no
 * platform preference API. Answers false when nothing says dark. Any thread.
 */
public final class SystemTheme {

    private final Map<String, String> environment;
    private final Path home;

    public SystemTheme(Map<String, String> environment, Path home) {
        this.environment = Map.copyOf(environment);
        this.home = home;
    }

    public boolean prefersDark() {
        String gtkTheme = environment.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        if (!gtkTheme.isEmpty()) {
            return gtkTheme.contains("dark");
        }
        for (String dir : new String[] {"gtk-4.0", "gtk-3.0"}) {
            Path ini = home.resolve(".config").resolve(dir).resolve("settings.ini");
            if (Files.isRegularFile(ini) && settingsSayDark(ini)) {
                return true;
            }
        }
        return false;
    }

    private static boolean settingsSayDark(Path ini) {
        try {
            for (String line : Files.readAllLines(ini)) {
                String l = line.replace(" ", "").toLowerCase(Locale.ROOT);
                if (l.equals("gtk-application-prefer-dark-theme=1") || l.equals("gtk-application-prefer-dark-theme=true")
                        || (l.startsWith("gtk-theme-name=") && l.contains("dark"))) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false; // an unreadable settings file just means "not dark"
        }
        return false;
    }
}
