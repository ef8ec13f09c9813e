package org.conferenceplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessClockTest {

    @TempDir
    Path dir;

    @Test
    void subtractsTheStartTickFromTheUptime() throws Exception {
        // A command name with a space and a parenthesis, as a thread can set it; starttime is field 22.
        Path stat = Files.writeString(dir.resolve("stat"), "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 "
                + "13700 0 12 0 150 30 0 0 20 0 25 0 123456 5000000 9000 18446744073709551615 1 1 0 0 0 0 0 4096 "
                + "17638 0 0 0 17 1 0 0 0 0 0\n");
        Path uptime = Files.writeString(dir.resolve("uptime"), "1237.89 2400.00\n");
        assertThat(ProcessClock.fromProc(stat, uptime)).hasValue(1_237_890 - 1_234_560);
    }

    @Test
    void knowsNothingWithoutProc() {
        assertThat(ProcessClock.fromProc(dir.resolve("absent"), dir.resolve("absent"))).isEmpty();
    }

    @Test
    void thisProcessStartedInThePastOnLinux() {
        if (Files.isReadable(Path.of("/proc/self/stat"))) {
            assertThat(ProcessClock.linuxOrNone().millisSinceStart().orElseThrow()).isPositive();
        }
    }
}
