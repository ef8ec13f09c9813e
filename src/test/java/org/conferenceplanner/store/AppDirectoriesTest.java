package org.conferenceplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {

    private static final Map<String, String> LINUX = Map.of("os.name", "Linux", "user.home", "/home/ann");

    @Test
    void linuxUsesXdgDataHomeWhenAbsolute() {
        AppDirectories dirs = AppDirectories.resolve(null, Map.of("XDG_DATA_HOME", "/data/xdg"), LINUX);
        assertThat(dirs.dataDir()).isEqualTo(Path.of("/data/xdg/conference-planner"));
        assertThat(dirs.origin()).isEqualTo(AppDirectories.Origin.PLATFORM);
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgIsUnsetOrRelative() {
        assertThat(AppDirectories.resolve(null, Map.of(), LINUX).dataDir())
                .isEqualTo(Path.of("/home/ann/.local/share/conference-planner"));
        assertThat(AppDirectories.resolve(null, Map.of("XDG_DATA_HOME", "relative/dir"), LINUX).dataDir())
                .isEqualTo(Path.of("/home/ann/.local/share/conference-planner"));
    }

    @Test
    void macUsesApplicationSupport() {
        AppDirectories dirs = AppDirectories.resolve(null, Map.of("XDG_DATA_HOME", "/ignored"),
                Map.of("os.name", "Mac OS X", "user.home", "/Users/ann"));
        assertThat(dirs.dataDir()).isEqualTo(Path.of("/Users/ann/Library/Application Support/conference-planner"));
    }

    @Test
    void windowsUsesAppData() {
        AppDirectories dirs = AppDirectories.resolve(null, Map.of("APPDATA", "C:\\Users\\ann\\AppData\\Roaming"),
                Map.of("os.name", "Windows 11", "user.home", "C:\\Users\\ann"));
        // On a non-Windows test machine the separator between the two parts is '/'.
        assertThat(dirs.dataDir().toString()).startsWith("C:\\Users\\ann\\AppData\\Roaming")
                .endsWith("conference-planner");
        AppDirectories noAppData = AppDirectories.resolve(null, Map.of(), Map.of("os.name", "Windows 10", "user.home", "/h"));
        assertThat(noAppData.dataDir()).isEqualTo(Path.of("/h/AppData/Roaming/conference-planner"));
    }

    @Test
    void environmentVariableOverridesPlatformAndOptionOverridesBoth() {
        Map<String, String> env = Map.of(AppDirectories.ENV_DATA_DIR, "/env/dir", "XDG_DATA_HOME", "/data/xdg");
        AppDirectories fromEnv = AppDirectories.resolve(null, env, LINUX);
        assertThat(fromEnv.dataDir()).isEqualTo(Path.of("/env/dir"));
        assertThat(fromEnv.origin()).isEqualTo(AppDirectories.Origin.ENVIRONMENT);
        AppDirectories fromOption = AppDirectories.resolve(Path.of("/opt/dir"), env, LINUX);
        assertThat(fromOption.dataDir()).isEqualTo(Path.of("/opt/dir"));
        assertThat(fromOption.origin()).isEqualTo(AppDirectories.Origin.OPTION);
    }

    @Test
    void blankEnvironmentVariableIsIgnoredAndRelativeValuesBecomeAbsolute() {
        assertThat(AppDirectories.resolve(null, Map.of(AppDirectories.ENV_DATA_DIR, "  "), LINUX).origin())
                .isEqualTo(AppDirectories.Origin.PLATFORM);
        assertThat(AppDirectories.resolve(Path.of("rel"), Map.of(), LINUX).dataDir())
                .isEqualTo(Path.of("rel").toAbsolutePath().normalize());
    }

    @Test
    void filesLiveUnderTheDataDirectory() {
        AppDirectories dirs = AppDirectories.at(Path.of("/d"));
        assertThat(dirs.plansDir()).isEqualTo(Path.of("/d/plans"));
        assertThat(dirs.programsDir()).isEqualTo(Path.of("/d/programs"));
        assertThat(dirs.settingsFile()).isEqualTo(Path.of("/d/settings.json"));
    }
}
