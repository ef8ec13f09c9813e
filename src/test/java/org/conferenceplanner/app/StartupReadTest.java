package org.conferenceplanner.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.testing.UiFixtures.CLOCK;
import static org.conferenceplanner.testing.UiFixtures.MESSAGES;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramImporter;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.planner.InMemoryPlanRepository;
import org.conferenceplanner.store.AppDirectories;
import org.conferenceplanner.store.ProgramLibrary;
import org.conferenceplanner.testing.FakeImporter;
import org.conferenceplanner.testing.ImmediateTaskRunner;
import org.conferenceplanner.testing.SyntheticPrograms;
import org.conferenceplanner.ui.infra.InMemorySettings;
import org.conferenceplanner.ui.programs.ImportReport;
import org.conferenceplanner.ui.programs.ProgramDialogs;
import org.conferenceplanner.ui.programs.ProgramsViewModel;
import org.conferenceplanner.ui.programs.RecentProgram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start's early read: the program the window opens first is the one read before the window existed. */
class StartupReadTest {

    private static final String EMBEDDED = "/fixtures/ui/fake-sc12.txt";

    @TempDir
    Path dir;

    /** The fake importer, counting the files it parses. */
    private final List<String> parsed = new ArrayList<>();
    private final ProgramReader reader = new ProgramReader(List.of(new ProgramImporter() {
        private final FakeImporter fake = new FakeImporter();

        @Override
        public ProgramFormat format() {
            return fake.format();
        }

        @Override
        public boolean recognizes(String head) {
            return fake.recognizes(head);
        }

        @Override
        public ImportResult read(ProgramInput input) {
            synchronized (parsed) {
                parsed.add(input.name());
            }
            return fake.read(input);
        }
    }), ImportLimits.defaults());

    private final ProgramDialogs dialogs = new ProgramDialogs() {
        @Override
        public Optional<Path> chooseProgramFile() {
            return Optional.empty();
        }

        @Override
        public void showImportReport(ImportReport report) {
            throw new AssertionError("a start shows no dialog: " + report);
        }
    };

    /** Every start of a test; their settings writers are stopped before the folder is deleted. */
    private final List<StartupRead> started = new ArrayList<>();

    private StartupRead begin(AppDirectories dirs, List<String> files, ProgramReader reader, String resource,
            String resourceName, java.time.Clock clock) {
        StartupRead read = StartupRead.begin(dirs, files, reader, resource, resourceName, clock);
        started.add(read);
        return read;
    }

    /**
     * The settings are written on their own thread: without waiting for it, a late write into the
     * temporary folder made JUnit fail to delete it (seen under load in the full build).
     */
    @AfterEach
    void stopSettingsWriters() {
        started.forEach(r -> r.settings().close());
    }

    private AppDirectories dataWhereFosdemWasOpenedLast() throws Exception {
        AppDirectories dirs = AppDirectories.at(dir.resolve("data"));
        Path original = dir.resolve("fosdem-2025.xml");
        Files.writeString(original, "FAKE:fosdem\n");
        new LibraryProgramHistory(new ProgramLibrary(dirs.programsDir(), CLOCK), new InMemorySettings())
                .opened(RecentProgram.file(original), SyntheticPrograms.fosdemLike());
        Files.delete(original);
        return dirs;
    }

    /** The window as the app builds it: the environment from {@code early}, then shown, then started. */
    private ProgramsViewModel window(StartupRead early) {
        early.settings();
        early.windowShown();
        return new ProgramsViewModel(early.programs(), new ProgramsViewModel.Embedded(EMBEDDED, "sc12.txt"),
                new InMemoryPlanRepository(), early.history(), dialogs, new ImmediateTaskRunner(), MESSAGES, CLOCK);
    }

    @Test
    void theWindowShowsTheProgramOpenedLastAsReadBeforeTheWindowExisted() throws Exception {
        StartupRead early = begin(dataWhereFosdemWasOpenedLast(), List.of(), reader, EMBEDDED, "sc12.txt",
                CLOCK);
        ProgramsViewModel programs = window(early);
        programs.start(List.of());
        assertThat(programs.current().conference().id()).isEqualTo("fosdem2025");
        assertThat(programs.current().file()).hasValueSatisfying(f -> assertThat(f).startsWith(dir.resolve("data")));
        assertThat(parsed).as("parsed once, by the early read").hasSize(1);
        assertThat(early.settings().getBoolean(LibraryProgramHistory.BUILT_IN_LAST, true)).isFalse();
    }

    @Test
    void theProgramIsNotReadBeforeTheWindowIsShown() throws Exception {
        StartupRead early = begin(dataWhereFosdemWasOpenedLast(), List.of(), reader, EMBEDDED, "sc12.txt",
                CLOCK);
        assertThat(early.settings()).isNotNull();
        assertThat(early.history().last()).isPresent();
        Thread.sleep(200);
        assertThat(parsed).as("nothing parsed while the window is built").isEmpty();
        early.windowShown();
        assertThat(early.programs().read(early.history().last().orElseThrow().file()).conference().id())
                .isEqualTo("fosdem2025");
        assertThat(parsed).hasSize(1);
    }

    @Test
    void aFirstStartReadsTheBuiltInProgramEarly() {
        StartupRead early = begin(AppDirectories.at(dir.resolve("empty")), List.of(), reader, EMBEDDED,
                "sc12.txt", CLOCK);
        ProgramsViewModel programs = window(early);
        programs.start(List.of());
        assertThat(programs.current().conference().id()).isEqualTo("sc12");
        assertThat(programs.current().file()).isEmpty();
        assertThat(parsed).containsExactly("sc12.txt");
    }

    @Test
    void theFileGivenAtStartIsTheOneReadEarly() throws Exception {
        Path given = dir.resolve("given.txt");
        Files.writeString(given, "FAKE:fosdem\n");
        StartupRead early = begin(dataWhereFosdemWasOpenedLast(), List.of(given.toString()), reader,
                EMBEDDED, "sc12.txt", CLOCK);
        ProgramsViewModel programs = window(early);
        programs.start(List.of(given.toString()));
        assertThat(programs.current().conference().id()).isEqualTo("fosdem2025");
        assertThat(parsed).containsExactly("given.txt");
    }

    @Test
    void aGuessThatMissedIsDroppedAndEveryLaterReadIsFresh() throws Exception {
        Path guessed = dir.resolve("guessed.txt");
        Path other = dir.resolve("other.txt");
        Files.writeString(guessed, "FAKE:fosdem\n");
        Files.writeString(other, "FAKE:sc12\n");
        StartupRead early = begin(AppDirectories.at(dir.resolve("data")), List.of(guessed.toString()), reader,
                EMBEDDED, "sc12.txt", CLOCK);
        early.windowShown();
        assertThat(early.programs().read(other).conference().id()).isEqualTo("sc12");
        Files.writeString(guessed, "FAKE:sc12\n");
        assertThat(early.programs().read(guessed).conference().id())
                .as("read again from disk, not the copy read at start").isEqualTo("sc12");
        assertThat(parsed).containsExactly("guessed.txt", "other.txt", "guessed.txt");
    }
}
