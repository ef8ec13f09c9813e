package org.conferenceplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartArgumentsTest {

    @TempDir
    Path dir;

    @Test
    void nothingOrOneProgramFileStartsTheWindow() throws IOException {
        Path file = Files.writeString(dir.resolve("schedule.xml"), "<schedule/>");
        assertThat(StartArguments.parse(List.of())).contains(new StartArguments(null, List.of()));
        assertThat(StartArguments.parse(List.of(file.toString()))).contains(new StartArguments(null, List.of(file.toString())));
    }

    @Test
    void theDataDirectoryCanBeGivenToTheWindowEitherWay() throws IOException {
        Path file = Files.writeString(dir.resolve("schedule.xml"), "<schedule/>");
        assertThat(StartArguments.parse(List.of("--data-dir", "/tmp/cp")))
                .contains(new StartArguments(Path.of("/tmp/cp"), List.of()));
        assertThat(StartArguments.parse(List.of("--data-dir=/tmp/cp", file.toString())))
                .contains(new StartArguments(Path.of("/tmp/cp"), List.of(file.toString())));
        assertThat(StartArguments.parse(List.of(file.toString(), "--data-dir", "/tmp/cp")))
                .contains(new StartArguments(Path.of("/tmp/cp"), List.of(file.toString())));
    }

    @Test
    void commandsAndAnythingElseGoToTheCommandLine() {
        assertThat(StartArguments.parse(List.of("inspect", "x.xml"))).isEmpty();
        assertThat(StartArguments.parse(List.of("plan", "list", "--program", "x", "--data-dir", "/d"))).isEmpty();
        assertThat(StartArguments.parse(List.of("--data-dir", "/d", "--help"))).isEmpty();
        assertThat(StartArguments.parse(List.of("--version"))).isEmpty();
        assertThat(StartArguments.parse(List.of(dir.resolve("missing.xml").toString()))).isEmpty();
        assertThat(StartArguments.parse(List.of("--data-dir"))).isEmpty();
        assertThat(Launcher.startsWindow(new String[] {"--data-dir", "/d"})).isTrue();
        assertThat(Launcher.startsWindow(new String[] {"plan", "list"})).isFalse();
    }
}
