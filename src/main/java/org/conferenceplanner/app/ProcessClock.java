package org.conferenceplanner.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * How long this process has been running, for {@link StartupProbe}. java.management (which knows the
 * JVM's start time) is not in the linked runtime, and {@code ProcessHandle}'s start instant is only
 * exact to the second, so on Linux it compares the process's start tick in {@code /proc/self/stat}
 * with the system's uptime: exact to 10 ms. Elsewhere it knows nothing.
 */
@FunctionalInterface
interface ProcessClock {

    /** Linux's scheduler ticks per second (USER_HZ), fixed at 100 on every architecture Java runs on. */
    long TICKS_PER_SECOND = 100;

    OptionalLong millisSinceStart();

    static ProcessClock linuxOrNone() {
        return () -> fromProc(Path.of("/proc/self/stat"), Path.of("/proc/uptime"));
    }

    /** Milliseconds between the start tick in a {@code stat} file and the uptime in an {@code uptime} file. */
    static OptionalLong fromProc(Path stat, Path uptime) {
        try {
            String statLine = Files.readString(stat);
            // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
            String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).trim().split("\\s+");
            long startTicks = Long.parseLong(fields[19]);
            double upSeconds = Double.parseDouble(Files.readString(uptime).trim().split("\\s+")[0]);
            return OptionalLong.of(Math.round(upSeconds * 1000) - startTicks * 1000 / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
