package org.conferenceplanner.ui.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.testing.UiFixtures.CLOCK;
import static org.conferenceplanner.testing.UiFixtures.MESSAGES;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.SimpleObjectProperty;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.planner.InMemoryPlanRepository;
import org.conferenceplanner.testing.FakeImporter;
import org.conferenceplanner.testing.SyntheticPrograms;
import org.conferenceplanner.ui.infra.TaskRunner;
import org.conferenceplanner.ui.programs.InMemoryProgramHistory;
import org.conferenceplanner.ui.programs.ImportReport;
import org.conferenceplanner.ui.programs.ProgramDialogs;
import org.conferenceplanner.ui.programs.ProgramsViewModel;
import org.conferenceplanner.ui.state.OpenProgram;
import org.junit.jupiter.api.Test;

/** The search index is built after the program is shown; searching works before, during and after. */
class SearchBeforeIndexTest {

    /** Holds background work until the test runs it, as a busy machine might. */
    private static final class HeldTaskRunner implements TaskRunner {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
            held.add(() -> {
                try {
                    onDone.accept(work.get());
                } catch (RuntimeException e) {
                    onFailed.accept(e);
                }
            });
        }

        @Override
        public void later(Runnable action) {
            action.run();
        }

        /** Runs what is held, including what it queues, until nothing is. */
        void runAll() {
            while (!held.isEmpty()) {
                held.remove(0).run();
            }
        }

        void runOne() {
            held.remove(0).run();
        }

        int heldCount() {
            return held.size();
        }
    }

    private static OpenProgram lazilyIndexed(Conference c) {
        ImportResult result = new ImportResult(c.source().name(), c.source().format(), c, List.of(),
                c.sessions().size(), 0, 0);
        InMemoryPlanRepository plans = new InMemoryPlanRepository();
        return new OpenProgram(result, null, plans.load(c.id()), plans, CLOCK);
    }

    @Test
    void aSearchBeforeTheIndexIsReadyBuildsItAndFindsTheMatches() {
        OpenProgram sc12 = lazilyIndexed(SyntheticPrograms.sc12Like());
        SearchViewModel vm = new SearchViewModel(new SimpleObjectProperty<>(sc12), MESSAGES);
        assertThat(sc12.searchIndexBuilt()).isFalse();
        vm.queryProperty().set("openonload");
        assertThat(vm.matchIdsProperty().get()).containsExactly(SyntheticPrograms.ONLOAD);
        assertThat(sc12.searchIndexBuilt()).isTrue();
        vm.queryProperty().set("paper");
        assertThat(vm.matchIdsProperty().get()).containsExactlyInAnyOrder("pap101", "pap102");
    }

    @Test
    void theProgramIsShownBeforeItsIndexIsBuiltAndTheIndexFollowsInTheBackground() {
        HeldTaskRunner runner = new HeldTaskRunner();
        ProgramDialogs dialogs = new ProgramDialogs() {
            @Override
            public java.util.Optional<java.nio.file.Path> chooseProgramFile() {
                return java.util.Optional.empty();
            }

            @Override
            public void showImportReport(ImportReport report) {
                throw new AssertionError(report);
            }
        };
        ProgramsViewModel programs = new ProgramsViewModel(FakeImporter.reader(),
                new ProgramsViewModel.Embedded("/fixtures/ui/fake-sc12.txt", "sc12.txt"), new InMemoryPlanRepository(),
                new InMemoryProgramHistory(), dialogs, runner, MESSAGES, CLOCK);
        SearchViewModel search = new SearchViewModel(programs.currentProperty(), MESSAGES);
        programs.start(List.of());
        while (programs.current() == null && runner.heldCount() > 0) {
            runner.runOne();
        }
        OpenProgram shown = programs.current();
        assertThat(shown.conference().id()).isEqualTo("sc12");
        assertThat(shown.searchIndexBuilt()).isFalse();
        assertThat(runner.heldCount()).as("the index build, queued once the program was shown").isEqualTo(1);
        runner.runAll();
        assertThat(shown.searchIndexBuilt()).isTrue();
        search.queryProperty().set("Steve Pope");
        assertThat(search.matchIdsProperty().get()).containsExactly(SyntheticPrograms.ONLOAD);
    }
}
