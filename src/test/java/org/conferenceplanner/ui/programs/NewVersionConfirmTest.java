package org.conferenceplanner.ui.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.testing.UiFixtures.CLOCK;
import static org.conferenceplanner.testing.UiFixtures.MESSAGES;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.conferenceplanner.app.CompositionRoot;
import org.conferenceplanner.domain.ExportedState;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.export.Uids;
import org.conferenceplanner.planner.InMemoryPlanRepository;
import org.conferenceplanner.testing.ImmediateTaskRunner;
import org.conferenceplanner.testing.ProgramVersions;
import org.conferenceplanner.testing.RecordingDialogs;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a program under a new conference id that looks like a newer version of one with picks: the
 * user is asked; yes carries the plan over as a same-id update would, no keeps the two apart.
 */
class NewVersionConfirmTest {

    private static final String CALENDAR_ID = "updatecon-2025-calendar";

    private final Path v1 = SharedData.fixture("store/updatecon-v1.json");
    private final Path calendar = SharedData.fixture("store/updatecon-calendar.ics");
    private final InMemoryPlanRepository plans = new InMemoryPlanRepository();
    private final InMemoryProgramHistory history = new InMemoryProgramHistory();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<NewVersionQuestion> questions = dialogs.questions;
    private final List<UpdateReview> reviews = dialogs.reviews;
    private final List<Consumer<Set<String>>> decisions = dialogs.decisions;
    private final ProgramsViewModel vm = new ProgramsViewModel(CompositionRoot.programReader(),
            new ProgramsViewModel.Embedded("/programs/sc12.txt", "sc12.txt"), plans, history, dialogs,
            new ImmediateTaskRunner(), MESSAGES, CLOCK);

    @TempDir
    Path dir;

    private void pickAll() {
        vm.current().conference().sessions().forEach(s -> vm.current().setPlanned(s, true));
    }

    private List<String> planIds() {
        return vm.current().plan().entries().stream().map(PlanEntry::sessionId).toList();
    }

    @Test
    void yesCarriesThePlanOverWithTheUpdateReportAndKeepsTheOldPlan() {
        vm.open(v1);
        pickAll();
        dialogs.answer = true;

        vm.open(calendar);

        assertThat(questions).singleElement().satisfies(q -> {
            assertThat(q.question()).isEqualTo("Is this a new version of UpdateCon 2025?");
            assertThat(q.detail()).startsWith("updatecon-calendar.ics (UpdateCon 2025 Calendar) shares 2 of 3 sessions "
                    + "and its days with UpdateCon 2025, where you have 3 sessions in your plan.");
        });
        assertThat(vm.current().conference().id()).isEqualTo(CALENDAR_ID);
        assertThat(reviews).singleElement().satisfies(r -> {
            assertThat(r.rows()).extracting(UpdateReview.Row::title)
                    .containsExactly("Mesh networks at home", "Soldering for beginners");
            assertThat(r.rows().get(0).changes()).containsExactly("Time: 11:00–11:30 → 14:00–14:30",
                    "Room: Hall A → Hall C");
            assertThat(r.rows().get(1).status()).startsWith("No longer in the program");
        });
        // Found picks take the calendar's ids; the vanished one stays as an orphan under its old id.
        assertThat(planIds()).containsExactly("cal-keynote@updatecon.example", "cal-mesh@updatecon.example", "13");
        assertThat(plans.load(CALENDAR_ID).entries()).hasSize(3);
        assertThat(plans.load("updatecon").entries()).extracting(PlanEntry::sessionId).containsExactly("11", "12", "13");
        // The older version's tab gives way to the new one; the notice says where the plan went.
        assertThat(vm.programs()).extracting(p -> p.conference().id()).containsExactly(CALENDAR_ID);
        assertThat(vm.noticeProperty().get()).isEqualTo(
                "Your plan for UpdateCon 2025 (3 sessions) moved to UpdateCon 2025 Calendar; the old plan stays saved.");
    }

    @Test
    void whatTheUserUnticksAfterYesIsDroppedFromTheNewPlanOnly() {
        vm.open(v1);
        pickAll();
        dialogs.answer = true;
        vm.open(calendar);
        decisions.get(0).accept(Set.of("13"));
        assertThat(planIds()).containsExactly("cal-keynote@updatecon.example", "cal-mesh@updatecon.example");
        assertThat(plans.load(CALENDAR_ID).contains("13")).isFalse();
        assertThat(plans.load("updatecon").contains("13")).isTrue();
    }

    @Test
    void noOpensTheProgramWithItsOwnEmptyPlanAndAsksNothingNextTime() {
        vm.open(v1);
        pickAll();
        dialogs.answer = false;

        vm.open(calendar);

        assertThat(questions).hasSize(1);
        assertThat(reviews).isEmpty();
        assertThat(vm.current().conference().id()).isEqualTo(CALENDAR_ID);
        assertThat(vm.current().plan().entries()).isEmpty();
        assertThat(plans.load("updatecon").entries()).hasSize(3);
        assertThat(vm.programs()).extracting(p -> p.conference().id()).containsExactly("updatecon", CALENDAR_ID);

        vm.open(calendar);
        assertThat(questions).hasSize(1);
    }

    @Test
    void theQuestionWaitsForTheAnswerBeforeTheProgramOpens() {
        vm.open(v1);
        pickAll();
        dialogs.answer = null;
        vm.open(calendar);
        assertThat(questions).hasSize(1);
        assertThat(vm.current().conference().id()).isEqualTo("updatecon");
    }

    @Test
    void aKeptProgramNotOpenInTheWindowIsRecognisedToo() {
        vm.open(v1);
        pickAll();
        vm.closeCurrent();
        dialogs.answer = true;
        vm.open(calendar);
        assertThat(questions).hasSize(1);
        assertThat(vm.current().plan().entries()).hasSize(3);
    }

    @Test
    void nothingIsAskedWithoutPicksOrForAnUnrelatedProgram() {
        vm.open(v1);
        dialogs.answer = true;
        vm.open(calendar);
        assertThat(questions).isEmpty();

        vm.openEmbedded();
        vm.current().setPlanned(vm.current().conference().sessions().get(0), true);
        vm.open(SharedData.fixture("frabjson/classic-quirks.json"));
        assertThat(questions).isEmpty();
    }

    @Test
    void exportRecordsKeepTheirUidsWhenThePlanMovesToTheNewId() {
        vm.open(v1);
        pickAll();
        plans.save(vm.current().plan().withExport("12", new ExportedState(1, "mesh", CLOCK.instant(), false)));
        dialogs.answer = true;

        vm.open(calendar);

        ExportedState moved = plans.load(CALENDAR_ID).exports().get("cal-mesh@updatecon.example");
        assertThat(moved).isNotNull();
        assertThat(moved.uid()).isEqualTo(Uids.of("updatecon", "12"));
    }

    @Test
    void demoConXmlThenItsIcsUnderARenamedEvent() {
        vm.open(SharedData.schedule("frab-xml/pretalx-democon-2022.xml"));
        for (String id : List.of("1", "14", "26")) {
            vm.current().setPlanned(vm.current().conference().session(id).orElseThrow(), true);
        }
        dialogs.answer = true;

        vm.open(ProgramVersions.demoConIcsRenamed(dir));

        assertThat(questions).singleElement().extracting(NewVersionQuestion::question)
                .isEqualTo("Is this a new version of DemoCon?");
        assertThat(vm.current().conference().id()).isEqualTo(ProgramVersions.RENAMED_ID);
        assertThat(planIds()).containsExactly("pretalx-democon-XFUR3C@localhost", "pretalx-democon-LNNGAM@localhost",
                "pretalx-democon-EXK7FR@localhost");
        assertThat(reviews).isEmpty(); // the same talks at the same times: nothing to review
        assertThat(plans.load("democon").entries()).extracting(PlanEntry::sessionId).containsExactly("1", "14", "26");
    }
}
