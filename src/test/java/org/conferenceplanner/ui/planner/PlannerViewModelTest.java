package org.conferenceplanner.ui.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.testing.UiFixtures.MESSAGES;
import static org.conferenceplanner.testing.UiFixtures.TIMES;

import java.util.ArrayList;
import java.util.List;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.planner.InMemoryPlanRepository;
import org.conferenceplanner.testing.SyntheticPrograms;
import org.conferenceplanner.testing.UiFixtures;
import org.conferenceplanner.ui.state.OpenProgram;
import org.junit.jupiter.api.Test;

class PlannerViewModelTest {

    private final InMemoryPlanRepository plans = new InMemoryPlanRepository();
    private final OpenProgram sc12 = UiFixtures.open(SyntheticPrograms.sc12Like(), plans);
    private final List<Session> selected = new ArrayList<>();
    private final PlannerViewModel vm = new PlannerViewModel(UiFixtures.current(sc12), MESSAGES, TIMES, selected::add);

    private void pick(String id) {
        sc12.togglePlanned(sc12.conference().session(id).orElseThrow());
    }

    private List<String> texts() {
        return vm.rows().stream().map(PlannerViewModelTest::text).toList();
    }

    private static String text(PlanRow r) {
        if (r instanceof PlanRow.Heading h) {
            return "# " + h.text();
        }
        if (r instanceof PlanRow.Gap g) {
            return "~ " + g.text();
        }
        PlanRow.Item i = (PlanRow.Item) r;
        return i.time() + " " + i.title() + " [" + i.room() + "]" + (i.collides() ? " ! " + i.collision() : "");
    }

    @Test
    void emptyPlanSaysHowToAdd() {
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.summaryProperty().get()).contains("Space");
    }

    @Test
    void picksByDayWithTimeRoomCollisionsAndGaps() {
        pick("pap102");
        pick(SyntheticPrograms.ONLOAD);
        pick("pap101");
        pick("inspkr103");
        assertThat(texts()).containsExactly(
                "# Tuesday 13 Nov",
                "08:30\u201309:30 Physics of the Future [Ballroom-EFGH]",
                "# Wednesday 14 Nov",
                "10:30\u201311:30 Scaling MPI Collectives [255-EF] ! collides with The OpenOnload User-level Network Stack",
                "11:00\u201311:30 The OpenOnload User-level Network Stack [155-C] ! collides with Scaling MPI Collectives",
                "~ Free 11:30\u201313:30 (2 h)",
                "13:30\u201314:00 Afternoon Paper on GPUs [255-EF]");
        assertThat(vm.summaryProperty().get()).isEqualTo("4 sessions \u00b7 3 h");
    }

    @Test
    void undatedPicksAndDroppedPicksAreListedApart() {
        pick("bof219");
        pick(SyntheticPrograms.ONLOAD);
        // The same plan against a program that no longer has exforum140.
        var smaller = SyntheticPrograms.sc12Like();
        smaller = smaller.withSessions(smaller.sessions().stream().filter(s -> !s.id().equals(SyntheticPrograms.ONLOAD)).toList());
        OpenProgram updated = UiFixtures.open(smaller, plans);
        PlannerViewModel after = new PlannerViewModel(UiFixtures.current(updated), MESSAGES, TIMES, selected::add);
        List<String> headings = after.rows().stream().filter(PlanRow.Heading.class::isInstance)
                .map(r -> ((PlanRow.Heading) r).text()).toList();
        assertThat(headings).containsExactly("Date not known", "No longer in the program");
        PlanRow.Item orphan = (PlanRow.Item) after.rows().get(after.rows().size() - 1);
        assertThat(orphan.session()).isNull();
        assertThat(orphan.title()).isEqualTo("The OpenOnload User-level Network Stack");
        assertThat(orphan.time()).isEqualTo("Wed 14 Nov 11:00\u201311:30");
        after.remove(orphan);
        assertThat(updated.plan().contains(SyntheticPrograms.ONLOAD)).isFalse();
    }

    @Test
    void aGapSaysHowManySessionsFitAndChoosingItShowsTheFirst() {
        var program = SyntheticPrograms.sc12Like();
        Session lunch = program.session("pap102").orElseThrow().toBuilder().id("lunch1").title("Lunch Talk")
                .start(java.time.Instant.parse("2012-11-14T19:00:00Z")).end(java.time.Instant.parse("2012-11-14T19:45:00Z")).build();
        Session early = lunch.toBuilder().id("lunch0").title("Early Lunch Talk").room("155-C")
                .start(java.time.Instant.parse("2012-11-14T18:30:00Z")).end(java.time.Instant.parse("2012-11-14T19:00:00Z")).build();
        List<Session> more = new ArrayList<>(program.sessions());
        more.add(lunch);
        more.add(early);
        OpenProgram withLunch = UiFixtures.open(program.withSessions(more), new InMemoryPlanRepository());
        PlannerViewModel planner = new PlannerViewModel(UiFixtures.current(withLunch), MESSAGES, TIMES, selected::add);
        withLunch.togglePlanned(withLunch.conference().session(SyntheticPrograms.ONLOAD).orElseThrow());
        withLunch.togglePlanned(withLunch.conference().session("pap102").orElseThrow());

        PlanRow.Gap gap = planner.rows().stream().filter(PlanRow.Gap.class::isInstance).map(PlanRow.Gap.class::cast)
                .findFirst().orElseThrow();
        assertThat(gap.text()).isEqualTo("Free 11:30\u201313:30 (2 h)\u2002\u00b7 2\u00a0sessions fit");
        planner.showFirstFit(gap);
        assertThat(selected).extracting(Session::id).containsExactly("lunch0");

        withLunch.togglePlanned(early);
        withLunch.togglePlanned(lunch);
        assertThat(planner.rows()).filteredOn(PlanRow.Gap.class::isInstance).extracting(r -> ((PlanRow.Gap) r).text())
                .containsExactly("Free 12:45\u201313:30 (45 min)");
    }

    @Test
    void clickSelectsAndRemoveTakesOut() {
        pick(SyntheticPrograms.ONLOAD);
        PlanRow.Item item = (PlanRow.Item) vm.rows().get(1);
        vm.select(item);
        assertThat(selected).extracting(Session::id).containsExactly(SyntheticPrograms.ONLOAD);
        vm.remove(item);
        assertThat(vm.rows()).isEmpty();
        assertThat(plans.load("sc12").entries()).isEmpty();
    }

    @Test
    void everyChangeIsSavedThroughTheRepository() {
        pick(SyntheticPrograms.ONLOAD);
        assertThat(plans.load("sc12").contains(SyntheticPrograms.ONLOAD)).isTrue();
    }
}
