package org.conferenceplanner.ui.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.testing.UiFixtures.MESSAGES;
import static org.conferenceplanner.testing.UiFixtures.TIMES;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.planner.InMemoryPlanRepository;
import org.conferenceplanner.store.JsonPlanRepository;
import org.conferenceplanner.testing.SyntheticPrograms;
import org.conferenceplanner.testing.UiFixtures;
import org.conferenceplanner.ui.detail.DetailViewModel;
import org.conferenceplanner.ui.state.OpenProgram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pick's priority, note and attended mark, changed from the planner sidebar and the detail pane,
 * reach the saved plan through the same path as adding and removing, and survive a restart.
 */
class PickChangesTest {

    private static final String ONLOAD = SyntheticPrograms.ONLOAD;

    @TempDir
    Path dir;

    private final Conference sc12 = SyntheticPrograms.sc12Like();
    private final InMemoryPlanRepository plans = new InMemoryPlanRepository();
    private final OpenProgram program = UiFixtures.open(sc12, plans);
    private final PlannerViewModel planner = new PlannerViewModel(UiFixtures.current(program), MESSAGES, TIMES, s -> {
    });
    private final DetailViewModel detail = new DetailViewModel(UiFixtures.current(program), ZoneId.of("Europe/Berlin"),
            MESSAGES, TIMES, url -> {
            });

    private void pick(OpenProgram p, String... ids) {
        for (String id : ids) {
            p.setPlanned(p.conference().session(id).orElseThrow(), true);
        }
    }

    private PlanRow.Item item(String id) {
        return planner.rows().stream().filter(PlanRow.Item.class::isInstance).map(PlanRow.Item.class::cast)
                .filter(i -> i.sessionId().equals(id)).findFirst().orElseThrow();
    }

    private PlanEntry saved(String id) {
        return plans.load(sc12.id()).entry(id).orElseThrow();
    }

    @Test
    void theSidebarSetsMaybeAttendedAndNoteInTheSavedPlan() {
        pick(program, "pap101", ONLOAD, "pap102");
        planner.setPriority(item(ONLOAD), Priority.MAYBE);
        planner.setAttended(item(ONLOAD), true);
        planner.setNote(item(ONLOAD), "  ask about kernel bypass \n");

        assertThat(saved(ONLOAD)).satisfies(e -> {
            assertThat(e.priority()).isEqualTo(Priority.MAYBE);
            assertThat(e.attended()).isTrue();
            assertThat(e.note()).isEqualTo("ask about kernel bypass");
        });
        assertThat(item(ONLOAD)).satisfies(i -> {
            assertThat(i.maybe()).isTrue();
            assertThat(i.attended()).isTrue();
            assertThat(i.note()).isEqualTo("ask about kernel bypass");
        });
        assertThat(item("pap101").maybe()).as("the other picks keep must").isFalse();
        assertThat(plans.load(sc12.id()).entries()).extracting(PlanEntry::sessionId)
                .as("a changed pick keeps its place").containsExactly("pap101", ONLOAD, "pap102");

        planner.toggleMaybe(item(ONLOAD));
        assertThat(saved(ONLOAD).priority()).isEqualTo(Priority.MUST);
        planner.setNote(item(ONLOAD), "   ");
        assertThat(saved(ONLOAD).note()).as("a note of spaces is no note").isEmpty();
    }

    @Test
    void removingOnePickKeepsWhatWasSaidAboutTheOthers() {
        pick(program, "pap101", ONLOAD);
        planner.setPriority(item("pap101"), Priority.MAYBE);
        planner.setNote(item("pap101"), "front row");
        planner.setAttended(item(ONLOAD), true);

        planner.remove(item(ONLOAD));

        Plan plan = plans.load(sc12.id());
        assertThat(plan.entries()).extracting(PlanEntry::sessionId).containsExactly("pap101");
        assertThat(saved("pap101").priority()).isEqualTo(Priority.MAYBE);
        assertThat(saved("pap101").note()).isEqualTo("front row");
    }

    @Test
    void theDetailPaneShowsAndChangesThePickOfTheSelectedSession() {
        pick(program, ONLOAD);
        program.selectedProperty().set(sc12.session(ONLOAD).orElseThrow());
        assertThat(detail.plannedProperty().get()).isTrue();
        assertThat(detail.priorityProperty().get()).isEqualTo(Priority.MUST);

        detail.priorityProperty().set(Priority.MAYBE);
        detail.attendedProperty().set(true);
        for (String typed : List.of("b", "bri", "bring questions")) {
            detail.noteProperty().set(typed);
        }
        assertThat(saved(ONLOAD)).satisfies(e -> {
            assertThat(e.priority()).isEqualTo(Priority.MAYBE);
            assertThat(e.attended()).isTrue();
            assertThat(e.note()).isEqualTo("bring questions");
        });
        assertThat(item(ONLOAD).note()).as("the sidebar follows").isEqualTo("bring questions");

        detail.toggleMaybe();
        detail.toggleAttended();
        assertThat(saved(ONLOAD).priority()).isEqualTo(Priority.MUST);
        assertThat(saved(ONLOAD).attended()).isFalse();

        planner.setNote(item(ONLOAD), "changed in the sidebar");
        assertThat(detail.noteProperty().get()).as("the pane follows the sidebar").isEqualTo("changed in the sidebar");
    }

    @Test
    void aSessionNotInThePlanHasNoPickToChange() {
        program.selectedProperty().set(sc12.session(ONLOAD).orElseThrow());
        assertThat(detail.plannedProperty().get()).isFalse();
        detail.priorityProperty().set(Priority.MAYBE);
        detail.noteProperty().set("not planned");
        detail.toggleAttended();
        assertThat(plans.load(sc12.id()).entries()).as("nothing is added by the pick controls").isEmpty();

        pick(program, ONLOAD);
        assertThat(detail.priorityProperty().get()).as("a new pick is a must with no note").isEqualTo(Priority.MUST);
        assertThat(detail.noteProperty().get()).isEmpty();
    }

    @Test
    void switchingSessionsShowsEachPicksOwnValuesAndWritesNothing() {
        pick(program, ONLOAD, "pap101");
        program.selectedProperty().set(sc12.session(ONLOAD).orElseThrow());
        detail.noteProperty().set("onload note");
        Plan before = plans.load(sc12.id());
        program.selectedProperty().set(sc12.session("pap101").orElseThrow());
        assertThat(detail.noteProperty().get()).isEmpty();
        program.selectedProperty().set(sc12.session(ONLOAD).orElseThrow());
        assertThat(detail.noteProperty().get()).isEqualTo("onload note");
        assertThat(plans.load(sc12.id())).as("showing a pick does not save it").isSameAs(before);
    }

    @Test
    void priorityNoteAndAttendedSurviveARestartThroughTheRealStore() {
        Path plansDir = dir.resolve("plans");
        try (JsonPlanRepository store = new JsonPlanRepository(plansDir, UiFixtures.CLOCK)) {
            OpenProgram first = UiFixtures.open(sc12, store);
            pick(first, "pap101", ONLOAD);
            first.setPriority(ONLOAD, Priority.MAYBE);
            first.setNote(ONLOAD, "row 3, near the aisle");
            first.setAttended("pap101", true);
        }
        try (JsonPlanRepository store = new JsonPlanRepository(plansDir, UiFixtures.CLOCK)) {
            OpenProgram second = UiFixtures.open(sc12, store);
            PlannerViewModel after = new PlannerViewModel(UiFixtures.current(second), MESSAGES, TIMES, s -> {
            });
            List<PlanRow.Item> items = after.rows().stream().filter(PlanRow.Item.class::isInstance)
                    .map(PlanRow.Item.class::cast).toList();
            assertThat(items).extracting(PlanRow.Item::sessionId, PlanRow.Item::priority, PlanRow.Item::note,
                    PlanRow.Item::attended).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("pap101", Priority.MUST, "", true),
                            org.assertj.core.groups.Tuple.tuple(ONLOAD, Priority.MAYBE, "row 3, near the aisle", false));
        }
    }
}
