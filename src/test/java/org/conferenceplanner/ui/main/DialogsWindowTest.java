package org.conferenceplanner.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.conferenceplanner.app.CompositionRoot;
import org.conferenceplanner.importer.Severity;
import org.conferenceplanner.testing.Screenshots;
import org.conferenceplanner.testing.SharedData;
import org.conferenceplanner.testing.TestWindows;
import org.conferenceplanner.ui.programs.ImportReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** The import report and the rooms dialog, as a user meets them. */
@Tag("ui")
class DialogsWindowTest extends ApplicationTest {

    private final TestWindows windows = new TestWindows();

    @Override
    public void start(Stage stage) {
        windows.start(stage, CompositionRoot.programReader(), CompositionRoot.EMBEDDED_PROGRAM, List.of());
    }

    private MainWindowViewModel vm() {
        return windows.window.viewModel();
    }

    private Scene dialogScene() {
        return Window.getWindows().stream().filter(w -> w != windows.window.stage()).findFirst()
                .orElseThrow(() -> new AssertionError("no dialog is open")).getScene();
    }

    @Test
    void aFileThatIsNoProgramGetsAReportNotAStackTrace() {
        interact(() -> vm().programs().open(SharedData.fixture("ui/not-a-program.txt")));
        TableView<?> table = lookup("#report-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        ImportReport.Row row = (ImportReport.Row) table.getItems().get(0);
        assertThat(row.severity()).isEqualTo(Severity.ERROR);
        assertThat(row.message()).contains("not a program file");
        assertThat(row.where()).isEqualTo("not-a-program.txt");
        assertThat(lookup("#report-summary").queryAs(Label.class).getText()).isEqualTo("not-a-program.txt could not be opened.");
        Screenshots.save(dialogScene(), "dialog-report-failed");
        clickOn("Close");
        assertThat(Window.getWindows()).hasSize(1);
        assertThat(windows.window.stage().getTitle()).startsWith("SC12");
    }

    @Test
    void problemsWhileReadingShowAsANoticeWithTheReport() {
        interact(() -> vm().programs().open(SharedData.schedule("ics/pyconuk-2015.ics")));
        assertThat(lookup("#notice-bar").query().isVisible()).isTrue();
        assertThat(lookup("#notice-text").queryAs(Label.class).getText()).startsWith("pyconuk-2015.ics:")
                .contains("problem");
        Screenshots.save(windows.window.stage().getScene(), "notice-pyconuk");
        clickOn("#notice-report");
        TableView<?> table = lookup("#report-table").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty();
        assertThat(table.getItems()).allSatisfy(r -> {
            ImportReport.Row row = (ImportReport.Row) r;
            assertThat(row.where()).startsWith("pyconuk-2015.ics");
            assertThat(row.message()).doesNotContain("Exception").doesNotContain("\tat ");
        });
        Screenshots.save(dialogScene(), "dialog-report-pyconuk");
        clickOn("Close");
        clickOn("#notice-dismiss");
        assertThat(lookup("#notice-bar").query().isVisible()).isFalse();
    }

    /** The room's name in the dialog (the grid's header shows the same text). */
    private javafx.scene.Node nameOf(String room) {
        return lookup("#rooms-list .list-cell .label").queryAll().stream()
                .filter(l -> room.equals(((Label) l).getText())).findFirst().orElseThrow();
    }

    private javafx.scene.Node checkOf(String room) {
        return lookup("#rooms-list .list-cell").queryAll().stream()
                .filter(c -> c.lookup(".label") instanceof Label l && room.equals(l.getText()))
                .map(c -> c.lookup(".check-box")).findFirst().orElseThrow();
    }

    @Test
    void roomsCanBeHiddenAndReordered() {
        clickOn("Wed 14 Nov");
        List<String> before = vm().schedule().contentProperty().get().rooms();
        clickOn("#rooms-button");
        clickOn(checkOf(before.get(0)));
        assertThat(vm().schedule().contentProperty().get().rooms()).doesNotContain(before.get(0));
        // The dialog orders every room of the conference, also those unused today: move it above 255-EF.
        List<String> order = vm().programs().current().roomOrder();
        int steps = order.indexOf(before.get(2)) - order.indexOf(before.get(1));
        clickOn(nameOf(before.get(2)));
        for (int i = 0; i < steps; i++) {
            clickOn("#rooms-up");
        }
        List<String> after = vm().schedule().contentProperty().get().rooms();
        assertThat(after).contains(before.get(2));
        assertThat(after.indexOf(before.get(2))).isLessThan(after.indexOf(before.get(1)));
        Screenshots.save(dialogScene(), "dialog-rooms");
        clickOn("Close");
        List<String> shown = vm().schedule().contentProperty().get().rooms();
        assertThat(lookup(".schedule-grid .room-label").queryAll().stream().filter(n -> n.isVisible())
                .map(n -> ((Label) n).getText()).toList())
                .doesNotContain(before.get(0))
                .satisfies(visible -> assertThat(java.util.Collections.indexOfSubList(shown, visible))
                        .as("the grid shows a run of " + shown).isNotNegative());
    }
}
