package org.conferenceplanner.ui.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.testing.UiFixtures.CLOCK;
import static org.conferenceplanner.testing.UiFixtures.MESSAGES;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.conferenceplanner.app.CompositionRoot;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.planner.InMemoryPlanRepository;
import org.conferenceplanner.testing.ImmediateTaskRunner;
import org.conferenceplanner.testing.RecordingDialogs;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opening a newer version of a program with picks: the picks follow, the user reviews, nothing vanishes unasked. */
class ProgramUpdateTest {

    private final Path v1 = SharedData.fixture("store/updatecon-v1.json");
    private final Path v2 = SharedData.fixture("store/updatecon-v2.json");
    private final InMemoryPlanRepository plans = new InMemoryPlanRepository();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<UpdateReview> reviews = dialogs.reviews;
    private final List<Consumer<Set<String>>> decisions = dialogs.decisions;
    private final ProgramsViewModel vm = new ProgramsViewModel(CompositionRoot.programReader(),
            new ProgramsViewModel.Embedded("/programs/sc12.txt", "sc12.txt"), plans, new InMemoryProgramHistory(),
            dialogs, new ImmediateTaskRunner(), MESSAGES, CLOCK);

    @BeforeEach
    void pickEverySessionOfTheFirstVersion() {
        vm.open(v1);
        vm.current().conference().sessions().forEach(s -> vm.current().setPlanned(s, true));
        assertThat(reviews).isEmpty();
    }

    private List<String> planIds() {
        return vm.current().plan().entries().stream().map(PlanEntry::sessionId).toList();
    }

    @Test
    void theNewVersionIsReconciledAndTheUserAskedAboutWhatChanged() {
        vm.open(v2);
        assertThat(reviews).singleElement().satisfies(r -> {
            assertThat(r.summary()).isEqualTo("UpdateCon 2025 has changed since your sessions were picked: 1 changed, "
                    + "none cancelled, 1 no longer in the program. Untick a session to drop it from your plan; "
                    + "everything else stays.");
            assertThat(r.rows()).containsExactly(
                    new UpdateReview.Row("212", "Mesh networks at home", "Changed",
                            List.of("Time: 11:00–11:30 → 14:00–14:30", "Room: Hall A → Hall C")),
                    new UpdateReview.Row("13", "Soldering for beginners",
                            "No longer in the program: kept in your plan with its last known details", List.of()));
        });
        assertThat(planIds()).containsExactly("11", "212", "13");
        assertThat(plans.load("updatecon").entries()).extracting(PlanEntry::sessionId).containsExactly("11", "212", "13");
        assertThat(vm.current().plan().entry("212").orElseThrow().lastKnown().room()).isEqualTo("Hall C");
    }

    @Test
    void whatTheUserUnticksIsDroppedAndNothingElse() {
        vm.open(v2);
        decisions.get(0).accept(Set.of("13"));
        assertThat(planIds()).containsExactly("11", "212");
        assertThat(plans.load("updatecon").contains("13")).isFalse();
    }

    @Test
    void openingTheSameVersionAgainAsksNothing() {
        vm.open(v1);
        assertThat(reviews).isEmpty();
        assertThat(planIds()).containsExactly("11", "12", "13");
    }
}
