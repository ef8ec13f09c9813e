package org.conferenceplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.conferenceplanner.planner.LoadReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two copies of the app saving the same plan at once, and a data folder the process may not write. */
class PlanProcessesTest {

    @TempDir
    Path dir;

    @Test
    void twoProcessesSavingAtOnceNeverCorruptThePlanAndTheSecondSaysItIsReadOnly() throws Exception {
        Process a = ChildJvm.command(PlanSaverMain.class, dir.toString(), "two").start();
        Process b = ChildJvm.command(PlanSaverMain.class, dir.toString(), "two").start();
        String firstA = firstLine(a);
        String firstB = firstLine(b);
        // Both running at once: wait until each has made a change (one saving it, one in memory only).
        String savedA = firstLine(a);
        String savedB = firstLine(b);
        Thread.sleep(100);
        a.toHandle().destroyForcibly();
        b.toHandle().destroyForcibly();
        a.waitFor(30, TimeUnit.SECONDS);
        b.waitFor(30, TimeUnit.SECONDS);
        byte[] outA = (firstA + "\n" + savedA + "\n" + new String(a.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        byte[] outB = (firstB + "\n" + savedB + "\n" + new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);

        assertThat(List.of(firstA, firstB)).as("exactly one copy may write").containsOnlyOnce("writable");
        boolean aWrites = firstA.equals("writable");
        Process writer = aWrites ? a : b;
        String readerLine = aWrites ? firstB : firstA;
        assertThat(readerLine).isEqualTo("read-only: Another copy of Conference Planner (process " + writer.pid()
                + ") has the plan for two open. It is shown read-only here: changes made in this copy are not saved. "
                + "Close the other copy and open the program again to edit the plan.");
        int writerSaved = ChildJvm.lastSaved(aWrites ? outA : outB);
        int readerSaved = ChildJvm.lastSaved(aWrites ? outB : outA);
        assertThat(writerSaved).isGreaterThanOrEqualTo(0);
        assertThat(readerSaved).as("the read-only copy kept changing its plan in memory").isGreaterThanOrEqualTo(0);

        try (JsonPlanRepository repo = new JsonPlanRepository(dir, Clock.systemUTC(), Duration.ofHours(1))) {
            LoadReport report = repo.open("two");
            assertThat(report.notices()).isEmpty();
            int last = PlanSaverMain.lastChange(report.plan());
            assertThat(last).isBetween(writerSaved, writerSaved + 1);
            assertThat(report.plan()).isEqualTo(PlanSaverMain.planAfter("two", last));
        }
    }

    @Test
    void aReadOnlyDataFolderShowsThePlanKeepsChangesInMemoryAndSaysSo() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Process first = ChildJvm.command(PlanSaverMain.class, plans.toString(), "ro", "5").start();
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        byte[] before = Files.readAllBytes(plans.resolve("ro.json"));
        List<Path> files;
        try (Stream<Path> s = Files.list(plans)) {
            files = s.toList();
        }
        for (Path f : files) {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        }
        Files.setPosixFilePermissions(plans, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            List<String> prefix = new ArrayList<>();
            if (ChildJvm.isDirectoryWritable(plans)) {
                // Root ignores permissions; a child without that privilege sees what a user sees.
                assumeTrue(ChildJvm.canDropRootPrivileges(), "running as root and setpriv is not available");
                prefix.addAll(ChildJvm.withoutRootPrivileges());
            }
            Process child = ChildJvm.command(prefix, PlanSaverMain.class, plans.toString(), "ro", "3").start();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.exitValue()).isZero();
            assertThat(out).isEqualTo("read-only: The plan for ro cannot be saved in " + plans + ": permission denied "
                    + "(the folder is read-only). You can go on planning, but changes are kept only until the app closes.\n"
                    + "saved 5\nsaved 6\nsaved 7\n");
            assertThat(Files.readAllBytes(plans.resolve("ro.json"))).isEqualTo(before);
            try (Stream<Path> s = Files.list(plans)) {
                assertThat(s.toList()).containsExactlyInAnyOrderElementsOf(files);
            }
        } finally {
            Files.setPosixFilePermissions(plans, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static String firstLine(Process p) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = p.getInputStream().read(); c >= 0 && c != '\n'; c = p.getInputStream().read()) {
            b.append((char) c);
        }
        return b.toString();
    }
}
