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
import org.conferenceplanner.testing.Screenshots;
import org.conferenceplanner.testing.SharedData;
import org.conferenceplanner.testing.TestWindows;
import org.conferenceplanner.ui.planner.PlanRow;
import org.conferenceplanner.ui.programs.UpdateReviewDialog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The real window opening a newer version of a program the user has picks in: the update dialog
 * shows what changed, old → new, and the pick the program dropped stays in the planner as an orphan.
 */
@Tag("ui")
class ProgramUpdateWindowTest extends ApplicationTest {

    private static final Path V1 = SharedData.fixture("store/updatecon-v1.json");
    private static final Path V2 = SharedData.fixture("store/updatecon-v2.json");

    private final TestWindows windows = new TestWindows();

    @Override
    public void start(Stage stage) {
        windows.start(stage, CompositionRoot.programReader(), CompositionRoot.EMBEDDED_PROGRAM, List.of(V1.toString()));
    }

    private MainWindowViewModel vm() {
        return windows.window.viewModel();
    }

    private void pickEverythingThenOpenTheNewVersion() {
        interact(() -> vm().programs().current().conference().sessions()
                .forEach(s -> vm().programs().current().setPlanned(s, true)));
        interact(() -> vm().programs().open(V2));
    }

    private List<PlanRow> planRows() {
        return List.copyOf(lookup("#plan-list").queryAs(ListView.class).getItems().stream().map(PlanRow.class::cast).toList());
    }

    private CheckBox keep(String title) {
        return lookup("." + UpdateReviewDialog.KEEP).queryAllAs(CheckBox.class).stream()
                .filter(c -> c.getText().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void theDialogListsChangesOldToNewAndTheVanishedPickStaysAsAnOrphan() {
        pickEverythingThenOpenTheNewVersion();

        assertThat(Window.getWindows()).hasSize(2);
        assertThat(lookup("#update-summary").queryAs(Label.class).getText()).startsWith(
                "UpdateCon 2025 has changed since your sessions were picked: 1 changed, none cancelled, 1 no longer in the program.");
        assertThat(lookup("." + UpdateReviewDialog.KEEP).queryAllAs(CheckBox.class)).extracting(CheckBox::getText)
                .containsExactly("Mesh networks at home", "Soldering for beginners");
        assertThat(lookup("." + UpdateReviewDialog.CHANGE).queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Time: 11:00\u201311:30 \u2192 14:00\u201314:30", "Room: Hall A \u2192 Hall C");
        Screenshots.save(lookup("#update-review").query().getScene(), "update-review");

        clickOn("Apply");
        assertThat(Window.getWindows()).hasSize(1);
        List<PlanRow> rows = planRows();
        assertThat(rows).contains(new PlanRow.Heading("No longer in the program"));
        PlanRow last = rows.get(rows.size() - 1);
        assertThat(last).isInstanceOfSatisfying(PlanRow.Item.class, orphan -> {
            assertThat(orphan.title()).isEqualTo("Soldering for beginners");
            assertThat(orphan.room()).isEqualTo("Hall B");
            assertThat(orphan.session()).isNull();
        });
        assertThat(lookup("#plan-list .title").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Keynote", "Mesh networks at home", "Soldering for beginners");
        assertThat(lookup("#plan-summary").queryAs(Label.class).getText()).startsWith("3 sessions");
        Screenshots.save(windows.window.stage().getScene(), "update-orphan-in-planner");
    }

    @Test
    void aPickTheUserUnticksIsDropped() {
        pickEverythingThenOpenTheNewVersion();
        clickOn(keep("Soldering for beginners"));
        clickOn("Apply");
        assertThat(planRows()).doesNotContain(new PlanRow.Heading("No longer in the program"));
        assertThat(vm().programs().current().plan().entries()).extracting(e -> e.sessionId()).containsExactly("11", "212");
    }
}
