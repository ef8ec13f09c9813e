package org.conferenceplanner.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where the app keeps its files. The data directory is, in this order: the {@code --data-dir} option,
 * the environment variable {@value #ENV_DATA_DIR}, or the platform's place for application data
 * ({@code $XDG_DATA_HOME} or {@code ~/.local/share} on Linux and other Unixes, {@code %APPDATA%} on
 * Windows, {@code ~/Library/Application Support} on macOS) plus {@value #APP_FOLDER}.
 *
 * <p>Built from the environment and system properties it is given, so tests choose them. Immutable;
 * nothing is created on disk here (the stores create their folders when they first write).
 */
public final class AppDirectories {

    public static final String ENV_DATA_DIR = "CONFERENCE_PLANNER_DATA_DIR";
    public static final String APP_FOLDER = "conference-planner";

    /** How the data directory was chosen, for messages ("set by --data-dir"). */
    public enum Origin { OPTION, ENVIRONMENT, PLATFORM }

    private final Path dataDir;
    private final Origin origin;

    private AppDirectories(Path dataDir, Origin origin) {
        // Option and environment values may be relative to the working directory; platform ones are absolute.
        this.dataDir = origin == Origin.PLATFORM ? dataDir : dataDir.toAbsolutePath().normalize();
        this.origin = origin;
    }

    /** A data directory chosen directly (tests, tools). */
    public static AppDirectories at(Path dataDir) {
        return new AppDirectories(dataDir, Origin.OPTION);
    }

    /**
     * @param dataDirOption the {@code --data-dir} value, or null when not given
     * @param environment   the process environment ({@code System.getenv()} in the app)
     * @param properties    system properties; {@code os.name} and {@code user.home} are read
     */
    public static AppDirectories resolve(Path dataDirOption, Map<String, String> environment,
            Map<String, String> properties) {
        if (dataDirOption != null) {
            return new AppDirectories(dataDirOption, Origin.OPTION);
        }
        String fromEnv = environment.get(ENV_DATA_DIR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new AppDirectories(Path.of(fromEnv.strip()), Origin.ENVIRONMENT);
        }
        return new AppDirectories(platformDataHome(environment, properties).resolve(APP_FOLDER), Origin.PLATFORM);
    }

    private static Path platformDataHome(Map<String, String> env, Map<String, String> props) {
        String os = props.getOrDefault("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(Objects.requireNonNullElse(props.get("user.home"), "."));
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return isAbsolute(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support");
        }
        // XDG: a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_DATA_HOME");
        return isAbsolute(xdg) ? Path.of(xdg) : home.resolve(".local").resolve("share");
    }

    private static boolean isAbsolute(String path) {
        if (path == null || path.isBlank()) {
            return false;
        }
        // A Windows path checked on another OS (tests) is not absolute to java.nio; accept "C:\..." too.
        return Path.of(path).isAbsolute() || path.matches("^[A-Za-z]:[\\\\/].*");
    }

    public Path dataDir() {
        return dataDir;
    }

    public Origin origin() {
        return origin;
    }

    /** One plan file per conference (with its backup and lock file). */
    public Path plansDir() {
        return dataDir.resolve("plans");
    }

    /** Copies of imported program files and their index. */
    public Path programsDir() {
        return dataDir.resolve("programs");
    }

    public Path settingsFile() {
        return dataDir.resolve("settings.json");
    }

    @Override
    public String toString() {
        return dataDir + " (" + origin.name().toLowerCase(Locale.ROOT) + ")";
    }
}
