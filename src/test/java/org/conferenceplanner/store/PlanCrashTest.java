package org.conferenceplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.planner.LoadReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that is saving a plan, with SIGKILL ({@code destroyForcibly} on Linux), at random
 * moments, 200 times, each time a fresh process. After every kill the plan file must load without any
 * repair and hold every change the process had reported saved (and at most the one it was writing).
 */
class PlanCrashTest {

    /** 200 in CI; a local run may pass -Dcrash.kills=N to be quicker on a busy machine. */
    private static final int KILLS = Integer.getInteger("crash.kills", 200);
    private static final int LANES = 2;

    @TempDir
    Path dir;

    /** What one lane saw. */
    private record Lane(int kills, int killsWhileSaving, int changes) {
    }

    @Test
    void everyReportedSaveSurvivesAKill() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<Lane>> lanes = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                Path laneDir = Files.createDirectories(dir.resolve("lane" + lane));
                long seed = 4242 + lane;
                lanes.add(pool.submit(() -> killRepeatedly(laneDir, KILLS / LANES, new Random(seed))));
            }
            int kills = 0;
            int whileSaving = 0;
            for (Future<Lane> f : lanes) {
                Lane l = f.get(5, TimeUnit.MINUTES);
                kills += l.kills();
                whileSaving += l.killsWhileSaving();
                assertThat(l.changes()).as("changes saved in a lane").isGreaterThan(l.kills());
            }
            assertThat(kills).isGreaterThanOrEqualTo(KILLS);
            // Most kills must land while changes are being written, or the test proves little.
            assertThat(whileSaving).isGreaterThan(KILLS * 3 / 4);
        } finally {
            pool.shutdownNow();
        }
    }

    private Lane killRepeatedly(Path dataDir, int kills, Random random) throws Exception {
        int confirmed = -1;
        int whileSaving = 0;
        for (int k = 0; k < kills; k++) {
            Process child = ChildJvm.command(PlanSaverMain.class, dataDir.toString(), "crash").start();
            boolean duringStartUp = k % 10 == 9;
            java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
            if (duringStartUp) {
                // Somewhere in start-up, opening, the first (slow, cold) save...
                Thread.sleep(random.nextInt(700));
            } else {
                // ...or, mostly, in the middle of saving: after the first save was reported.
                readLines(child, seen, 2);
                Thread.sleep(random.nextInt(50));
            }
            // Through the handle: Process.destroyForcibly would also close the pipe before we read it.
            child.toHandle().destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            seen.write(child.getInputStream().readAllBytes());
            byte[] out = seen.toByteArray();
            int reported = ChildJvm.lastSaved(out);
            if (reported >= 0) {
                whileSaving++;
                confirmed = reported;
            }
            confirmed = verify(dataDir, confirmed, k);
        }
        return new Lane(kills, whileSaving, confirmed + 1);
    }

    /** Loads the plan like the app would and checks it; returns the number of its last change. */
    private static int verify(Path dataDir, int reported, int kill) {
        try (JsonPlanRepository repo = new JsonPlanRepository(dataDir, Clock.systemUTC(), Duration.ofHours(1))) {
            LoadReport report = repo.open("crash");
            assertThat(report.notices()).as("notices after kill %d", kill).isEmpty();
            assertThat(report.writable()).isTrue();
            Plan plan = report.plan();
            int last = PlanSaverMain.lastChange(plan);
            assertThat(last).as("after kill %d the file holds change %d; the child reported %d", kill, last, reported)
                    .isBetween(reported, reported + 1);
            assertThat(plan).isEqualTo(PlanSaverMain.planAfter("crash", last));
            return last;
        }
    }

    /** Reads byte by byte, so nothing after the lines stays in a buffer we would lose. */
    private static void readLines(Process child, java.io.ByteArrayOutputStream into, int lines) throws java.io.IOException {
        int seen = 0;
        while (seen < lines) {
            int b = child.getInputStream().read();
            assertThat(b).as("the child stopped early").isNotNegative();
            into.write(b);
            if (b == '\n') {
                seen++;
            }
        }
    }
}
