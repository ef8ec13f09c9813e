package org.conferenceplanner.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.conferenceplanner.app.CompositionRoot;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.testing.ProgramVersions;
import org.conferenceplanner.testing.Screenshots;
import org.conferenceplanner.testing.SharedData;
import org.conferenceplanner.testing.TestWindows;
import org.conferenceplanner.ui.planner.PlanRow;
import org.conferenceplanner.ui.programs.UpdateReviewDialog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The real window with a plan on the DemoCon XML opening a newer version of it under a new conference
 * id (the pretalx event renamed; one talk moved to the other room, one dropped): the window asks whether
 * it is a new version; on yes the update review shows what changed and the planner keeps every pick.
 */
@Tag("ui")
class NewVersionWindowTest extends ApplicationTest {

    private final TestWindows windows = new TestWindows();

    @TempDir
    Path dir;

    @Override
    public void start(Stage stage) {
        windows.start(stage, CompositionRoot.programReader(), CompositionRoot.EMBEDDED_PROGRAM,
                List.of(SharedData.schedule("frab-xml/pretalx-democon-2022.xml").toString()));
    }

    private MainWindowViewModel vm() {
        return windows.window.viewModel();
    }

    private void pickOnTheXmlThenOpen(Path newer) {
        interact(() -> {
            var program = vm().programs().current();
            for (String id : List.of("1", "7", "14")) {
                program.setPlanned(program.conference().session(id).orElseThrow(), true);
            }
            vm().programs().open(newer);
        });
    }

    private List<PlanRow> planRows() {
        return lookup("#plan-list").queryAs(ListView.class).getItems().stream().map(PlanRow.class::cast).toList();
    }

    @Test
    void yesShowsTheUpdateReviewAndThePlannerKeepsEveryPick() {
        pickOnTheXmlThenOpen(ProgramVersions.demoConIcsRenamedAndUpdated(dir));

        assertThat(lookup("#new-version-question").queryAs(Label.class).getText())
                .isEqualTo("Is this a new version of DemoCon?");
        assertThat(lookup("#new-version-detail").queryAs(Label.class).getText())
                .startsWith("democon2022-updated.ics (democon2022-updated) shares 34 of 35 sessions and its days with "
                        + "DemoCon, where you have 3 sessions in your plan.");
        Screenshots.save(lookup("#new-version").query().getScene(), "new-version-question");
        assertThat(vm().programs().current().conference().id()).as("nothing opens before the answer").isEqualTo("democon");

        clickOn("Yes, move my plan");

        assertThat(vm().programs().current().conference().id()).isEqualTo(ProgramVersions.RENAMED_ID);
        assertThat(lookup("#update-summary").queryAs(Label.class).getText()).startsWith(
                "democon2022-updated has changed since your sessions were picked: 1 changed, none cancelled, "
                        + "1 no longer in the program.");
        assertThat(lookup("." + UpdateReviewDialog.KEEP).queryAllAs(CheckBox.class)).extracting(CheckBox::getText)
                .containsExactly("Persevering cohesive concept", "Optional bifurcated attitude");
        assertThat(lookup("." + UpdateReviewDialog.CHANGE).queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Room: Dark Red Room \u2192 Pale Golden Rod Room");
        Screenshots.save(lookup("#update-review").query().getScene(), "new-version-review");

        clickOn("Apply");

        assertThat(Window.getWindows()).hasSize(1);
        assertThat(lookup("#plan-list .title").queryAllAs(Label.class)).extracting(Label::getText).contains(
                "Persevering cohesive concept", "Up-sized optimal hardware", "Optional bifurcated attitude");
        List<PlanRow> rows = planRows();
        assertThat(rows).contains(new PlanRow.Heading("No longer in the program"));
        assertThat(rows.get(rows.size() - 1)).isInstanceOfSatisfying(PlanRow.Item.class, orphan -> {
            assertThat(orphan.title()).isEqualTo("Optional bifurcated attitude");
            assertThat(orphan.room()).isEqualTo("Pale Golden Rod Room");
            assertThat(orphan.session()).isNull();
        });
        assertThat(lookup("#plan-summary").queryAs(Label.class).getText()).startsWith("3 sessions");
        assertThat(vm().programs().programs()).extracting(p -> p.conference().id())
                .containsExactly(ProgramVersions.RENAMED_ID);
        Screenshots.save(windows.window.stage().getScene(), "new-version-planner");
    }

    @Test
    void noOpensTheNewProgramWithAnEmptyPlanBesideTheOldOne() {
        pickOnTheXmlThenOpen(ProgramVersions.demoConIcsRenamedAndUpdated(dir));

        clickOn("No, keep them apart");

        assertThat(Window.getWindows()).hasSize(1);
        assertThat(vm().programs().current().conference().id()).isEqualTo(ProgramVersions.RENAMED_ID);
        assertThat(vm().programs().current().plan().entries()).isEmpty();
        assertThat(planRows()).isEmpty();
        assertThat(vm().programs().programs()).extracting(p -> p.conference().id())
                .containsExactly("democon", ProgramVersions.RENAMED_ID);
        assertThat(vm().programs().programs().get(0).plan().entries()).extracting(PlanEntry::sessionId)
                .containsExactly("1", "7", "14");
    }
}
