package org.conferenceplanner.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.testing.UiFixtures.CLOCK;
import static org.conferenceplanner.testing.UiFixtures.MESSAGES;
import static org.conferenceplanner.testing.UiFixtures.TIMES;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.conferenceplanner.planner.InMemoryPlanRepository;
import org.conferenceplanner.testing.FakeImporter;
import org.conferenceplanner.testing.ImmediateTaskRunner;
import org.conferenceplanner.testing.SyntheticPrograms;
import org.conferenceplanner.ui.detail.DetailViewModel;
import org.conferenceplanner.ui.infra.InMemorySettings;
import org.conferenceplanner.ui.infra.Theme;
import org.conferenceplanner.ui.planner.PlannerViewModel;
import org.conferenceplanner.ui.programs.ImportReport;
import org.conferenceplanner.ui.programs.InMemoryProgramHistory;
import org.conferenceplanner.ui.programs.ProgramDialogs;
import org.conferenceplanner.ui.programs.ProgramsViewModel;
import org.conferenceplanner.ui.schedule.ScheduleViewModel;
import org.conferenceplanner.ui.search.SearchViewModel;
import org.junit.jupiter.api.Test;

class MainWindowViewModelTest {

    private final InMemorySettings settings = new InMemorySettings();
    private boolean systemDark;

    private MainWindowViewModel window() {
        ProgramDialogs dialogs = new ProgramDialogs() {
            @Override
            public Optional<java.nio.file.Path> chooseProgramFile() {
                return Optional.empty();
            }

            @Override
            public void showImportReport(ImportReport report) {
            }
        };
        ProgramsViewModel programs = new ProgramsViewModel(FakeImporter.reader(),
                new ProgramsViewModel.Embedded("/fixtures/ui/fake-sc12.txt", "sc12.txt"), new InMemoryPlanRepository(),
                new InMemoryProgramHistory(), dialogs, new ImmediateTaskRunner(), MESSAGES, CLOCK);
        SearchViewModel search = new SearchViewModel(programs.currentProperty(), MESSAGES);
        ScheduleViewModel schedule = new ScheduleViewModel(programs.currentProperty(), search, settings,
                ZoneId.of("Europe/Berlin"), CLOCK, TIMES);
        DetailViewModel detail = new DetailViewModel(programs.currentProperty(), ZoneId.of("Europe/Berlin"), MESSAGES,
                TIMES, url -> { });
        PlannerViewModel planner = new PlannerViewModel(programs.currentProperty(), MESSAGES, TIMES, schedule::select);
        return new MainWindowViewModel(programs, search, schedule, detail, planner, settings, () -> systemDark, MESSAGES);
    }

    @Test
    void theTitleBarNamesTheConference() {
        MainWindowViewModel vm = window();
        assertThat(vm.titleProperty().get()).isEqualTo("Conference Planner");
        vm.programs().start(List.of());
        assertThat(vm.titleProperty().get()).isEqualTo("SC12 \u2014 Conference Planner");
    }

    @Test
    void escapeClearsTheSearchThenTheSelection() {
        MainWindowViewModel vm = window();
        vm.programs().start(List.of());
        vm.search().queryProperty().set("openonload");
        vm.nextMatch();
        assertThat(vm.schedule().selectedProperty().get().id()).isEqualTo(SyntheticPrograms.ONLOAD);
        assertThat(vm.escape()).isTrue();
        assertThat(vm.search().queryProperty().get()).isEmpty();
        assertThat(vm.schedule().selectedProperty().get()).isNotNull();
        assertThat(vm.escape()).isTrue();
        assertThat(vm.schedule().selectedProperty().get()).isNull();
        assertThat(vm.escape()).isFalse();
    }

    @Test
    void spaceTogglesThePlanAndEnterAsksForTheDetail() {
        MainWindowViewModel vm = window();
        vm.programs().start(List.of());
        vm.schedule().select(vm.programs().current().conference().session(SyntheticPrograms.ONLOAD).orElseThrow());
        vm.detailShownProperty().set(false);
        vm.togglePlanSelected();
        assertThat(vm.detail().plannedProperty().get()).isTrue();
        int before = vm.detailFocusRequestsProperty().get();
        vm.openDetail();
        assertThat(vm.detailShownProperty().get()).isTrue();
        assertThat(vm.detailFocusRequestsProperty().get()).isEqualTo(before + 1);
        vm.togglePlanSelected();
        assertThat(vm.detail().plannedProperty().get()).isFalse();
    }

    @Test
    void followsTheSystemThemeUntilOneIsChosenAndRemembersIt() {
        systemDark = true;
        MainWindowViewModel vm = window();
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.SYSTEM);
        assertThat(vm.darkProperty().get()).isTrue();
        vm.themeProperty().set(Theme.LIGHT);
        assertThat(vm.darkProperty().get()).isFalse();
        assertThat(window().themeProperty().get()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void remembersWhereTheWindowWas() {
        MainWindowViewModel vm = window();
        assertThat(vm.savedBounds()).isEmpty();
        vm.saveBounds(new WindowBounds(40, 30, 1200, 760, false));
        assertThat(window().savedBounds()).contains(new WindowBounds(40, 30, 1200, 760, false));
        vm.plannerShownProperty().set(false);
        assertThat(window().plannerShownProperty().get()).isFalse();
    }

    @Test
    void aTinyRememberedWindowIsIgnored() {
        MainWindowViewModel vm = window();
        vm.saveBounds(new WindowBounds(0, 0, 100, 80, false));
        assertThat(window().savedBounds()).isEmpty();
    }
}
