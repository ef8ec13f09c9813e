package org.conferenceplanner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.planner.LoadReport;
import org.conferenceplanner.planner.StorageNotice;
import org.conferenceplanner.planner.StorageNotice.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Never lose a plan: damaged files, missing files, locks, a disk that refuses writes. */
class PlanRecoveryTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Samples.T0, ZoneOffset.UTC);
    private final Plan older = Samples.fullPlan("c");
    private final Plan newer = older.without("102");

    private JsonPlanRepository repository() {
        return new JsonPlanRepository(dir, clock, Duration.ofMillis(20));
    }

    /** Leaves {@code older} in the backup and {@code newer} in the plan file. */
    private byte[] saveTwice() throws IOException {
        try (JsonPlanRepository repo = repository()) {
            repo.save(older);
            repo.flush();
            repo.save(newer);
        }
        return Files.readAllBytes(dir.resolve("c.json"));
    }

    enum Damage {
        EMPTY("it is empty", good -> new byte[0]),
        BLANK("it is empty", good -> "\n  \n".getBytes(StandardCharsets.UTF_8)),
        TRUNCATED("it is not complete JSON (line ", good -> Arrays.copyOf(good, good.length / 2)),
        BINARY("it is not a text file", good -> {
            byte[] noise = new byte[512];
            new Random(7).nextBytes(noise);
            noise[3] = 0;
            return noise;
        }),
        NOT_UTF8("it is not a text file", good -> new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}),
        NOT_A_PLAN("it does not hold a plan", good -> "[1, 2, 3]".getBytes(StandardCharsets.UTF_8)),
        IMPOSSIBLE_VALUE("it holds a value this app cannot read",
                good -> new String(good, StandardCharsets.UTF_8).replace("2025-12-26T10:00:00Z", "yesterday")
                        .getBytes(StandardCharsets.UTF_8));

        final String reason;
        final UnaryOperator<byte[]> damage;

        Damage(String reason, UnaryOperator<byte[]> damage) {
            this.reason = reason;
            this.damage = damage;
        }
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedPlanFileIsKeptAsideAndTheBackupLoaded(Damage damage) throws IOException {
        byte[] good = saveTwice();
        byte[] bad = damage.damage.apply(good);
        Files.write(dir.resolve("c.json"), bad);

        LoadReport report;
        try (JsonPlanRepository repo = repository()) {
            report = repo.open("c");
        }
        assertThat(report.plan()).isEqualTo(older);
        assertThat(report.writable()).isTrue();
        Path aside = dir.resolve("c.json.unreadable-20251227-100000");
        assertThat(aside).exists();
        assertThat(Files.readAllBytes(aside)).isEqualTo(bad);
        StorageNotice notice = report.notices().get(0);
        assertThat(notice.kind()).isEqualTo(Kind.RESTORED_FROM_BACKUP);
        assertThat(notice.message())
                .startsWith("Your plan for c could not be read from " + dir.resolve("c.json") + " (" + damage.reason)
                .endsWith(". The damaged file was kept as " + aside + ", and the plan was restored from the backup "
                        + dir.resolve("c.json.bak") + " (saved 2025-12-27T10:00:00Z); changes made after that backup may be missing.");
        // The restored plan is the plan file again, so the next start is quiet.
        try (JsonPlanRepository repo = repository()) {
            assertThat(repo.open("c")).isEqualTo(LoadReport.clean(older));
        }
    }

    @Test
    void exactMessageForATruncatedFile() throws IOException {
        byte[] good = saveTwice();
        Files.write(dir.resolve("c.json"), Arrays.copyOf(good, 40));
        try (JsonPlanRepository repo = repository()) {
            assertThat(repo.open("c").notices().get(0).message()).isEqualTo("Your plan for c could not be read from "
                    + dir.resolve("c.json") + " (it is not complete JSON (line 3); it was probably cut short). The damaged "
                    + "file was kept as " + dir.resolve("c.json.unreadable-20251227-100000") + ", and the plan was restored "
                    + "from the backup " + dir.resolve("c.json.bak") + " (saved 2025-12-27T10:00:00Z); changes made after "
                    + "that backup may be missing.");
        }
    }

    @Test
    void whenTheBackupIsDamagedTooBothAreKeptAndThePlanStartsEmpty() throws IOException {
        saveTwice();
        Files.write(dir.resolve("c.json"), new byte[0]);
        Files.writeString(dir.resolve("c.json.bak"), "{\"entries\": [");
        LoadReport report;
        try (JsonPlanRepository repo = repository()) {
            report = repo.open("c");
        }
        assertThat(report.plan()).isEqualTo(Plan.empty("c"));
        assertThat(report.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Kind.UNREADABLE);
            assertThat(n.message()).isEqualTo("Your plan for c could not be read from " + dir.resolve("c.json")
                    + " (it is empty). The damaged file was kept as " + dir.resolve("c.json.unreadable-20251227-100000")
                    + ", and its backup could not be used either (it is not complete JSON (line 1); it was probably cut "
                    + "short), so it was kept as " + dir.resolve("c.json.bak.unreadable-20251227-100000")
                    + ": the plan starts empty. Nothing was deleted.");
        });
        assertThat(Files.readString(dir.resolve("c.json.bak.unreadable-20251227-100000"))).isEqualTo("{\"entries\": [");
    }

    @Test
    void aSecondDamagedFileNeverOverwritesTheFirstOneKeptAside() throws IOException {
        saveTwice();
        Files.writeString(dir.resolve("c.json"), "first damage");
        try (JsonPlanRepository repo = repository()) {
            repo.open("c");
        }
        Files.writeString(dir.resolve("c.json"), "second damage");
        try (JsonPlanRepository repo = repository()) {
            assertThat(repo.open("c").notices().get(0).message())
                    .contains("kept as " + dir.resolve("c.json.unreadable-20251227-100000-1") + ",");
        }
        assertThat(Files.readString(dir.resolve("c.json.unreadable-20251227-100000"))).isEqualTo("first damage");
        assertThat(Files.readString(dir.resolve("c.json.unreadable-20251227-100000-1"))).isEqualTo("second damage");
    }

    @Test
    void aMissingPlanFileComesBackFromTheBackup() throws IOException {
        saveTwice();
        Files.delete(dir.resolve("c.json"));
        try (JsonPlanRepository repo = repository()) {
            LoadReport report = repo.open("c");
            assertThat(report.plan()).isEqualTo(older);
            assertThat(report.notices()).extracting(StorageNotice::message).containsExactly("Your plan file for c ("
                    + dir.resolve("c.json") + ") was missing; the plan was restored from the backup "
                    + dir.resolve("c.json.bak") + " (saved 2025-12-27T10:00:00Z).");
        }
        assertThat(dir.resolve("c.json")).exists();
    }

    @Test
    void leftoverTemporaryFilesOfAnInterruptedWriteAreIgnoredAndRemoved() throws IOException {
        saveTwice();
        Path leftover = Files.writeString(dir.resolve("c.json" + AtomicFiles.TEMP_MARK + "1234"), "{\"half");
        try (JsonPlanRepository repo = repository()) {
            assertThat(repo.open("c")).isEqualTo(LoadReport.clean(newer));
        }
        assertThat(leftover).doesNotExist();
    }

    @Test
    void aSecondRepositoryOnTheSamePlanIsReadOnlyAndSaysWhy() throws IOException {
        saveTwice();
        try (JsonPlanRepository first = repository(); JsonPlanRepository second = repository()) {
            assertThat(first.open("c").writable()).isTrue();
            LoadReport report = second.open("c");
            assertThat(report.writable()).isFalse();
            assertThat(report.plan()).isEqualTo(newer);
            assertThat(report.notices()).extracting(StorageNotice::message).containsExactly("Another copy of Conference "
                    + "Planner (process " + ProcessHandle.current().pid() + ") has the plan for c open. It is shown "
                    + "read-only here: changes made in this copy are not saved. Close the other copy and open the "
                    + "program again to edit the plan.");
            byte[] before = Files.readAllBytes(dir.resolve("c.json"));
            second.save(Plan.empty("c"));
            second.flush();
            assertThat(second.load("c")).isEqualTo(Plan.empty("c"));
            assertThat(Files.readAllBytes(dir.resolve("c.json"))).isEqualTo(before);
        }
        try (JsonPlanRepository third = repository()) {
            assertThat(third.open("c").writable()).isTrue();
        }
    }

    @Test
    void aFullDiskIsReportedThePlanStaysInMemoryAndIsSavedWhenThereIsRoomAgain() throws IOException {
        AtomicInteger failuresLeft = new AtomicInteger(2);
        FileWriter fullThenFine = (target, bytes, backup) -> {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new FileSystemException(target.toString(), null, "No space left on device");
            }
            AtomicFiles.write(target, bytes, backup);
        };
        List<StorageNotice> told = new CopyOnWriteArrayList<>();
        // A debounce of an hour: only the flushes below write, so the test controls every attempt.
        try (JsonPlanRepository repo = new JsonPlanRepository(dir, clock, Duration.ofHours(1), fullThenFine)) {
            repo.addNoticeListener(told::add);
            repo.save(older);
            repo.flush();
            repo.save(newer);
            repo.flush();
            assertThat(repo.load("c")).isEqualTo(newer);
            assertThat(repo.open("c").notices()).extracting(StorageNotice::kind).containsExactly(Kind.SAVE_FAILED);
            assertThat(dir.resolve("c.json")).doesNotExist();
            repo.flush();
            assertThat(repo.open("c").notices()).isEmpty();
        }
        assertThat(told).extracting(StorageNotice::message).containsExactly(
                "Your plan for c could not be saved to " + dir.resolve("c.json") + ": the disk is full. Your changes are "
                        + "kept in memory and saving is tried again with the next change; make room on the disk or start "
                        + "with another --data-dir to keep them.",
                "Your plan for c is saved again to " + dir.resolve("c.json") + ".");
        try (JsonPlanRepository repo = repository()) {
            assertThat(repo.load("c")).isEqualTo(newer);
        }
    }

    @Test
    void aDataFolderThatCannotBeCreatedKeepsThePlanInMemory() throws IOException {
        Path blocker = Files.writeString(dir.resolve("plans"), "a file where the folder should be");
        try (JsonPlanRepository repo = new JsonPlanRepository(blocker, clock, Duration.ofMillis(20))) {
            LoadReport report = repo.open("c");
            assertThat(report.writable()).isFalse();
            assertThat(report.notices()).extracting(StorageNotice::message).containsExactly("The plan for c cannot be "
                    + "saved in " + blocker.toAbsolutePath() + ": a file is in the way where a folder should be. You can "
                    + "go on planning, but changes are kept only until the app closes.");
            repo.save(newer);
            repo.flush();
            assertThat(repo.load("c")).isEqualTo(newer);
        }
        assertThat(Files.readString(blocker)).isEqualTo("a file where the folder should be");
    }
}
