package org.conferenceplanner.ui.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.testing.UiFixtures.CLOCK;
import static org.conferenceplanner.testing.UiFixtures.MESSAGES;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.conferenceplanner.importer.Severity;
import org.conferenceplanner.planner.InMemoryPlanRepository;
import org.conferenceplanner.planner.LoadReport;
import org.conferenceplanner.planner.StorageNotice;
import org.conferenceplanner.testing.FakeImporter;
import org.conferenceplanner.testing.ImmediateTaskRunner;
import org.conferenceplanner.testing.SharedData;
import org.conferenceplanner.testing.SyntheticPrograms;
import org.junit.jupiter.api.Test;

class ProgramsViewModelTest {

    private static final ProgramsViewModel.Embedded EMBEDDED =
            new ProgramsViewModel.Embedded("/fixtures/ui/fake-sc12.txt", "sc12.txt");

    private final InMemoryPlanRepository plans = new InMemoryPlanRepository();
    private final InMemoryProgramHistory history = new InMemoryProgramHistory();
    private final List<ImportReport> reports = new ArrayList<>();
    private Path chosen;
    private final ProgramDialogs dialogs = new ProgramDialogs() {
        @Override
        public Optional<Path> chooseProgramFile() {
            return Optional.ofNullable(chosen);
        }

        @Override
        public void showImportReport(ImportReport report) {
            reports.add(report);
        }
    };

    private ProgramsViewModel vm(ProgramsViewModel.Embedded embedded) {
        return new ProgramsViewModel(FakeImporter.reader(), embedded, plans, history, dialogs, new ImmediateTaskRunner(),
                MESSAGES, CLOCK);
    }

    private final ProgramsViewModel vm = vm(EMBEDDED);

    @Test
    void firstStartOpensTheBuiltInProgramWithoutAnyDialog() {
        vm.start(List.of());
        assertThat(vm.current().conference().id()).isEqualTo("sc12");
        assertThat(vm.current().file()).isEmpty();
        assertThat(vm.noticeProperty().get()).isEmpty();
        assertThat(reports).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aMissingBuiltInProgramIsANoticeNeverADialog() {
        ProgramsViewModel broken = vm(new ProgramsViewModel.Embedded("/no/such/program.txt", "sc12.txt"));
        broken.start(List.of());
        assertThat(broken.current()).isNull();
        assertThat(reports).isEmpty();
        assertThat(broken.noticeProperty().get()).startsWith("sc12.txt could not be opened");
        assertThat(broken.noticeReportProperty().get().failed()).isTrue();
    }

    @Test
    void startOpensTheProgramLastUsed() {
        Path fosdem = SharedData.fixture("ui/fake-fosdem.txt");
        history.opened(RecentProgram.file(fosdem), SyntheticPrograms.fosdemLike());
        vm.start(List.of());
        assertThat(vm.current().conference().id()).isEqualTo("fosdem2025");
        assertThat(vm.current().file()).contains(fosdem);
    }

    @Test
    void aLastProgramThatWentAwayFallsBackToTheBuiltInOneQuietly() {
        history.opened(RecentProgram.file(Path.of("/no/such/file.xml")), SyntheticPrograms.fosdemLike());
        vm.start(List.of());
        assertThat(vm.current().conference().id()).isEqualTo("sc12");
        assertThat(reports).isEmpty();
        assertThat(vm.noticeProperty().get()).isEqualTo("file.xml could not be opened: the file does not exist");
    }

    @Test
    void warningsOfTheBuiltInProgramDoNotGreetTheUser() {
        ProgramsViewModel withWarnings = vm(new ProgramsViewModel.Embedded("/fixtures/ui/fake-warnings.txt", "sc12.txt"));
        withWarnings.start(List.of());
        assertThat(withWarnings.current()).isNotNull();
        assertThat(withWarnings.noticeProperty().get()).isEmpty();
        withWarnings.showReport();
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).rows()).hasSize(2);
    }

    @Test
    void aFileArgumentIsOpened() {
        vm.start(List.of(SharedData.fixture("ui/fake-fosdem.txt").toString()));
        assertThat(vm.programs()).hasSize(1);
        assertThat(vm.current().title()).isEqualTo("FOSDEM 2025");
    }

    @Test
    void aFileTheUserOpensThatCannotBeReadShowsTheReport() {
        vm.start(List.of());
        vm.open(SharedData.fixture("ui/not-a-program.txt"));
        assertThat(reports).hasSize(1);
        ImportReport r = reports.get(0);
        assertThat(r.failed()).isTrue();
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rows().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(r.rows().get(0).message()).contains("not a program file");
        assertThat(r.rows().get(0).where()).isEqualTo("not-a-program.txt");
        assertThat(vm.current().conference().id()).isEqualTo("sc12");
    }

    @Test
    void problemsWhileReadingBecomeANoticeWithItsReport() {
        vm.open(SharedData.fixture("ui/fake-warnings.txt"));
        assertThat(vm.current()).isNotNull();
        assertThat(vm.noticeProperty().get()).isEqualTo("fake-warnings.txt: 1 problem while reading.");
        ImportReport r = vm.noticeReportProperty().get();
        assertThat(r.rows()).extracting(ImportReport.Row::where).containsExactly("fake-warnings.txt:12", "fake-warnings.txt");
        assertThat(r.summary()).contains("6 sessions read").contains("1 warnings");
        vm.showNoticeReport();
        assertThat(reports).containsExactly(r);
        vm.dismissNotice();
        assertThat(vm.noticeProperty().get()).isEmpty();
    }

    @Test
    void severalConferencesSideBySideAndTheSameOneIsReplaced() {
        vm.start(List.of());
        chosen = SharedData.fixture("ui/fake-fosdem.txt");
        vm.openChosen();
        assertThat(vm.programs()).extracting(p -> p.conference().id()).containsExactly("sc12", "fosdem2025");
        assertThat(vm.current().conference().id()).isEqualTo("fosdem2025");
        vm.select(vm.programs().get(0));
        assertThat(vm.current().conference().id()).isEqualTo("sc12");
        vm.open(SharedData.fixture("ui/fake-warnings.txt")); // also conference "sc12": a newer version
        assertThat(vm.programs()).hasSize(2);
        assertThat(vm.programs().get(0).file()).isPresent();
        vm.closeCurrent();
        assertThat(vm.programs()).extracting(p -> p.conference().id()).containsExactly("fosdem2025");
        vm.closeCurrent();
        assertThat(vm.current()).isNull();
    }

    @Test
    void theRecentListIsNewestFirst() {
        vm.start(List.of());
        vm.open(SharedData.fixture("ui/fake-fosdem.txt"));
        assertThat(vm.recent()).extracting(RecentProgram::title).containsExactly("FOSDEM 2025", "SC12");
        vm.openRecent(vm.recent().get(1));
        assertThat(vm.recent()).extracting(RecentProgram::title).containsExactly("SC12", "FOSDEM 2025");
        assertThat(vm.current().conference().id()).isEqualTo("sc12");
    }

    @Test
    void aReopenedConferenceKeepsItsPlan() {
        vm.start(List.of());
        var onload = vm.current().conference().session(SyntheticPrograms.ONLOAD).orElseThrow();
        vm.current().togglePlanned(onload);
        vm.openEmbedded();
        assertThat(vm.programs()).hasSize(1);
        assertThat(vm.current().isPlanned(onload)).isTrue();
    }

    @Test
    void whatTheStoreSaysAboutThePlanIsShownAsANotice() {
        var readOnly = new org.conferenceplanner.planner.PlanRepository() {
            @Override
            public org.conferenceplanner.domain.Plan load(String conferenceId) {
                return org.conferenceplanner.domain.Plan.empty(conferenceId);
            }

            @Override
            public void save(org.conferenceplanner.domain.Plan plan) {
            }

            @Override
            public LoadReport open(String conferenceId) {
                return new LoadReport(load(conferenceId), false, List.of(new StorageNotice(conferenceId,
                        StorageNotice.Kind.READ_ONLY_LOCKED, "Another copy of Conference Planner has this plan open.")));
            }
        };
        ProgramsViewModel locked = new ProgramsViewModel(FakeImporter.reader(), EMBEDDED, readOnly, history, dialogs,
                new ImmediateTaskRunner(), MESSAGES, CLOCK);
        locked.start(List.of());
        assertThat(locked.current()).isNotNull();
        assertThat(locked.noticeProperty().get()).isEqualTo("Another copy of Conference Planner has this plan open.");
        assertThat(reports).isEmpty();
    }
}
