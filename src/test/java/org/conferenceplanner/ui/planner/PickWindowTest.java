package org.conferenceplanner.ui.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.testing.TestWindows.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.conferenceplanner.app.CompositionRoot;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.export.Uids;
import org.conferenceplanner.store.JsonPlanRepository;
import org.conferenceplanner.testing.Screenshots;
import org.conferenceplanner.testing.TestWindows;
import org.conferenceplanner.ui.export.IcsFile;
import org.conferenceplanner.ui.infra.InMemorySettings;
import org.conferenceplanner.ui.infra.Styles;
import org.conferenceplanner.ui.main.MainWindowViewModel;
import org.conferenceplanner.ui.state.OpenProgram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Priority, note and attended mark of a pick in the real window on the built-in SC12 program, driven
 * like a user (the sidebar's context menu by mouse and keyboard, the detail pane's controls, the Session
 * menu's shortcut), saved through the real {@link JsonPlanRepository} and read back from its file; and a
 * "must only" plan export that leaves the maybe pick out.
 */
@Tag("ui")
class PickWindowTest extends ApplicationTest {

    private static final String ONLOAD = "The OpenOnload User-level Network Stack";
    private static final String KEYNOTE = "Simulating the Human Brain - An Extreme Challenge for Computing";

    @TempDir
    Path dir;

    private final TestWindows windows = new TestWindows();
    private JsonPlanRepository plans;

    @Override
    public void start(Stage stage) {
        plans = new JsonPlanRepository(dir.resolve("plans"), Clock.systemUTC());
        windows.start(stage, CompositionRoot.programReader(), CompositionRoot.EMBEDDED_PROGRAM, List.of(), plans,
                new InMemorySettings());
    }

    @BeforeEach
    void waitForSc12() {
        windows.saveFolder = dir;
        windows.waitForProgram();
    }

    @AfterEach
    void saveScreenshotAndClose(TestInfo info) {
        Screenshots.save(windows.window.stage().getScene(), "pick-" + info.getTestMethod().orElseThrow().getName());
        plans.close();
    }

    private MainWindowViewModel vm() {
        return windows.window.viewModel();
    }

    private OpenProgram program() {
        return vm().programs().current();
    }


    private Session addToPlan(String query, String title) {
        clickOn("Wed 14 Nov");
        clickOn("#search-field");
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write(query);
        type(KeyCode.ENTER);
        Session s = vm().schedule().selectedProperty().get();
        assertThat(s.title()).isEqualTo(title);
        clickOn("#detail-plan-button");
        assertThat(program().isPlanned(s)).isTrue();
        return s;
    }

    /** The sidebar's line of a pick, found by its title as the user sees it. */
    @SuppressWarnings("unchecked")
    private ListCell<PlanRow> sidebarLine(String title) {
        return lookup("#plan-list .list-cell").queryAll().stream().map(n -> (ListCell<PlanRow>) n)
                .filter(c -> c.getItem() instanceof PlanRow.Item i && i.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + title + " in the sidebar"));
    }

    private List<String> shownLabels(Node line) {
        return from(line).lookup(".label").queryAll().stream().filter(Node::isVisible)
                .map(n -> ((Label) n).getText()).toList();
    }

    /** The plan as the file on disk holds it: written now, then read by a second repository without a lock. */
    private PlanEntry savedOnDisk(Session s) {
        plans.flush();
        try (JsonPlanRepository reader = new JsonPlanRepository(dir.resolve("plans"), Clock.systemUTC())) {
            return reader.peek(program().conference().id()).entry(s.id()).orElseThrow();
        }
    }

    @Test
    void maybeFromTheSidebarNoteAndAttendedFromTheDetailPaneAreShownAndSaved() {
        Session onload = addToPlan("OpenOnload", ONLOAD);
        Session keynote = addToPlan("Human Brain", KEYNOTE);
        assertThat(lookup("#detail-pick").query().isVisible()).as("pick controls for a planned session").isTrue();

        rightClickOn(sidebarLine(ONLOAD));
        assertThat(lookup("#pick-menu-must").tryQuery()).as("the context menu is open").isPresent();
        Window menu = Window.getWindows().stream().filter(w -> w != windows.window.stage()).findFirst().orElseThrow();
        Screenshots.save(menu.getScene(), "pick-context-menu");
        clickOn("#pick-menu-maybe");
        assertThat(program().plan().entry(onload.id()).orElseThrow().priority()).isEqualTo(Priority.MAYBE);

        // The sidebar's click selected OpenOnload; its detail pane shows the pick's controls.
        clickOn(sidebarLine(ONLOAD));
        assertThat(vm().schedule().selectedProperty().get()).isEqualTo(onload);
        assertThat(lookup("#detail-maybe").queryAs(ToggleButton.class).isSelected()).isTrue();
        clickOn("#detail-note");
        write("Ask about kernel bypass");
        clickOn("#detail-attended");
        assertThat(lookup("#detail-attended").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(lookup("#detail-note").queryAs(TextArea.class).getAccessibleText()).isEqualTo("My note");

        ListCell<PlanRow> line = sidebarLine(ONLOAD);
        assertThat(line.getPseudoClassStates()).contains(Styles.MAYBE, Styles.ATTENDED);
        assertThat(shownLabels(line)).contains("Maybe", "\u2713 Attended", "Ask about kernel bypass");
        assertThat(line.getAccessibleText()).contains("Maybe", "Attended", "note: Ask about kernel bypass");
        ListCell<PlanRow> other = sidebarLine(KEYNOTE);
        assertThat(other.getPseudoClassStates()).doesNotContain(Styles.MAYBE, Styles.ATTENDED);
        assertThat(shownLabels(other)).doesNotContain("Maybe", "\u2713 Attended");

        assertThat(savedOnDisk(onload)).satisfies(e -> {
            assertThat(e.priority()).isEqualTo(Priority.MAYBE);
            assertThat(e.note()).isEqualTo("Ask about kernel bypass");
            assertThat(e.attended()).isTrue();
        });
        assertThat(savedOnDisk(keynote)).satisfies(e -> {
            assertThat(e.priority()).isEqualTo(Priority.MUST);
            assertThat(e.note()).isEmpty();
            assertThat(e.attended()).isFalse();
        });

        // "Export Plan…", must only: the maybe pick is left out.
        clickOn("#plan-export");
        clickOn("#export-scope-must");
        clickOn("#export-run");
        Path file = dir.resolve("SC12 plan.ics");
        waitUntil(() -> lookup("#notice-text").queryAs(Label.class).getText()
                .equals("1 calendar entry written to SC12 plan.ics"));
        assertThat(IcsFile.read(file)).extracting(IcsFile::uid)
                .containsExactly(Uids.of(program().conference().id(), keynote.id()));
        clickOn("#export-close");
        assertThat(Window.getWindows()).hasSize(1);
    }

    @Test
    void theKeyboardOpensTheSidebarMenuAndTheSessionMenuTogglesMaybe() {
        Session onload = addToPlan("OpenOnload", ONLOAD);
        clickOn(sidebarLine(ONLOAD));
        press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        waitUntil(() -> lookup("#pick-menu-attended").tryQuery().isPresent());
        clickOn("#pick-menu-attended");
        assertThat(program().plan().entry(onload.id()).orElseThrow().attended()).isTrue();
        assertThat(sidebarLine(ONLOAD).isSelected()).as("the changed pick stays selected").isTrue();

        // Shortcut+Shift+M on the selected session marks it maybe; again makes it a must.
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.M).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(program().plan().entry(onload.id()).orElseThrow().priority()).isEqualTo(Priority.MAYBE);
        assertThat(sidebarLine(ONLOAD).getPseudoClassStates()).contains(Styles.MAYBE);
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.M).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(program().plan().entry(onload.id()).orElseThrow().priority()).isEqualTo(Priority.MUST);

        // Edit Note… puts the keyboard in the detail pane's note field.
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT, KeyCode.CONTROL);
        write("Bring the laptop");
        assertThat(program().plan().entry(onload.id()).orElseThrow().note()).isEqualTo("Bring the laptop");
        assertThat(savedOnDisk(onload).note()).isEqualTo("Bring the laptop");
    }

    @Test
    void editNoteInTheSidebarMenuAsksInADialogAndRemoveKeepsTheOtherPick() {
        Session onload = addToPlan("OpenOnload", ONLOAD);
        Session keynote = addToPlan("Human Brain", KEYNOTE);
        rightClickOn(sidebarLine(KEYNOTE));
        clickOn("#pick-menu-note");
        clickOn("#note-dialog-text");
        write("Arrive early: the ballroom fills up");
        DialogPane pane = Window.getWindows().stream().map(w -> w.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst().orElseThrow();
        Screenshots.save(pane.getScene(), "dialog-pick-note");
        clickOn(pane.lookupButton(ButtonType.OK));
        assertThat(shownLabels(sidebarLine(KEYNOTE))).contains("Arrive early: the ballroom fills up");

        rightClickOn(sidebarLine(ONLOAD));
        clickOn("#pick-menu-remove");
        assertThat(program().plan().contains(onload.id())).isFalse();
        assertThat(savedOnDisk(keynote).note()).isEqualTo("Arrive early: the ballroom fills up");
    }

    @Test
    void aSessionNotInThePlanHasNoPickControls() {
        clickOn("Wed 14 Nov");
        clickOn("#search-field");
        write("OpenOnload");
        type(KeyCode.ENTER);
        assertThat(lookup("#detail-pick").query().isVisible()).isFalse();
        javafx.scene.control.MenuBar bar = lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        List<javafx.scene.control.MenuItem> pickItems = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getId() != null && i.getId().matches("menu-(maybe|attended|note)")).toList();
        assertThat(pickItems).hasSize(3).allSatisfy(i -> assertThat(i.isDisable()).as(i.getId()).isTrue());
        clickOn("#detail-plan-button");
        assertThat(lookup("#detail-pick").query().isVisible()).isTrue();
        assertThat(pickItems).allSatisfy(i -> assertThat(i.isDisable()).as(i.getId()).isFalse());
    }

    @Test
    void aRoomNameTooLongToSitBesideTheTimeIsShownWholeOnItsOwnLine() {
        addToPlan("Human Brain", KEYNOTE);
        ListCell<PlanRow> line = sidebarLine(KEYNOTE);
        Label time = from(line).lookup(".time").queryAs(Label.class);
        Label room = from(line).lookup(".label").queryAll().stream().map(n -> (Label) n)
                .filter(l -> "Ballroom-EFGH".equals(l.getText())).findFirst().orElseThrow();
        javafx.scene.text.Text shown = (javafx.scene.text.Text) room.lookup(".text");
        assertThat(shown.getText()).as("as drawn, not cut short").isEqualTo("Ballroom-EFGH");
        assertThat(room.localToScene(room.getBoundsInLocal()).getMinY())
                .as("below the time").isGreaterThanOrEqualTo(time.localToScene(time.getBoundsInLocal()).getMaxY() - 1);
    }

    @Test
    void aFreeSlotInTheSidebarSaysWhatFitsAndAClickShowsIt() {
        addToPlan("OpenOnload", ONLOAD);
        addToPlan("Human Brain", KEYNOTE);
        @SuppressWarnings("unchecked")
        ListCell<PlanRow> gap = lookup("#plan-list .list-cell").queryAll().stream().map(n -> (ListCell<PlanRow>) n)
                .filter(c -> c.getItem() instanceof PlanRow.Gap).findFirst().orElseThrow();
        assertThat(gap.getText()).isEqualTo("Free 09:15\u201311:00 (1 h 45 min)\u2002\u00b7 1\u00a0session fits");
        clickOn(gap);
        assertThat(vm().schedule().selectedProperty().get().title())
                .isEqualTo("Bamboo - Translating MPI Applications to a Latency-Tolerant, Data-Driven Form");
        assertThat(lookup("#detail-room").queryAs(Label.class).getText()).isEqualTo("255-EF");
    }
}
