package org.conferenceplanner.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.conferenceplanner.app.CompositionRoot;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.testing.Screenshots;
import org.conferenceplanner.testing.TestWindows;
import org.conferenceplanner.ui.infra.Styles;
import org.conferenceplanner.ui.planner.PlanRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The real window on the real SC12 program, driven like a user: clicks, typing and keys. Each test
 * leaves a screenshot in target/screenshots/.
 */
@Tag("ui")
class MainWindowTest extends ApplicationTest {

    private static final String ONLOAD = "The OpenOnload User-level Network Stack";
    private static final String IN_SITU = "Combining In-Situ and In-Transit Processing to Enable Extreme-Scale Scientific Analysis";

    private final TestWindows windows = new TestWindows();
    private String screenshot;

    @Override
    public void start(Stage stage) {
        windows.start(stage, CompositionRoot.programReader(), CompositionRoot.EMBEDDED_PROGRAM, List.of());
    }

    @AfterEach
    void saveScreenshot(TestInfo info) {
        Screenshots.save(windows.window.stage().getScene(), "main-" + info.getTestMethod().orElseThrow().getName());
    }

    private MainWindowViewModel vm() {
        return windows.window.viewModel();
    }

    private Session selected() {
        return vm().schedule().selectedProperty().get();
    }

    private List<String> texts(String query) {
        return lookup(query).queryAll().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList();
    }

    private List<String> detailPeople() {
        VBox box = lookup("#detail-presenters").queryAs(VBox.class);
        return box.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    /** The grid's visible cell of a session, found by its title. */
    private Node cell(String title) {
        return lookup(".session-cell").queryAll().stream()
                .filter(n -> n.isVisible() && ((Label) n).getText().startsWith(title.substring(0, 20)))
                .findFirst().orElseThrow(() -> new AssertionError("no visible grid cell for " + title));
    }

    private void findOnload() {
        clickOn("Wed 14 Nov");
        clickOn("#search-field").write("OpenOnload");
    }

    @Test
    void startsOnSc12WithoutAnyDialog() {
        assertThat(windows.window.stage().getTitle()).startsWith("SC12").endsWith("\u2014 Conference Planner");
        TabPane tabs = lookup("#day-tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(t -> t.getText()).containsExactly("Sat 10 Nov", "Sun 11 Nov", "Mon 12 Nov",
                "Tue 13 Nov", "Wed 14 Nov", "Thu 15 Nov", "Fri 16 Nov", "Unscheduled");
        assertThat(Window.getWindows()).hasSize(1);
        assertThat(lookup("#notice-bar").query().isVisible()).isFalse();
        assertThat(lookup("#zone-label").queryAs(Label.class).getText()).isEqualTo("MST \u2014 America/Denver");
        assertThat(lookup(".schedule-grid .axis-title").queryAll()).isNotEmpty();
    }

    @Test
    void findsOpenOnloadByTypingAndReadsItsPresenters() {
        findOnload();
        assertThat(lookup("#match-count").queryAs(Label.class).getText()).isEqualTo("1 match");
        assertThat(cell(ONLOAD).getPseudoClassStates()).contains(Styles.MATCH);
        clickOn(cell(ONLOAD));
        assertThat(selected().title()).isEqualTo(ONLOAD);
        type(KeyCode.ENTER);
        assertThat(lookup("#detail-plan-button").query().isFocused()).isTrue();
        assertThat(lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo(ONLOAD);
        assertThat(detailPeople()).containsExactly("Dave Parry \u2014 Solarflare", "Steve Pope \u2014 Solarflare");
        assertThat(lookup("#detail-room").queryAs(Label.class).getText()).isEqualTo("155-C");
        assertThat(lookup("#detail-time").queryAs(Label.class).getText()).isEqualTo("11:00\u201311:30 MST");
        assertThat(lookup("#detail-laptop-time").queryAs(Label.class).getText()).isEqualTo("Wed 14 Nov 19:00\u201319:30 CET");
        assertThat(lookup("#detail-abstract").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("OpenOnload architecture for user-level networking");
    }

    @Test
    void addsToThePlanAndFlagsAnOverlappingPick() {
        findOnload();
        clickOn(cell(ONLOAD));
        type(KeyCode.SPACE);
        assertThat(cell(ONLOAD).getPseudoClassStates()).contains(Styles.PLANNED);
        assertThat(lookup("#plan-summary").queryAs(Label.class).getText()).isEqualTo("1 session \u00b7 0.5 h");
        ListView<?> plan = lookup("#plan-list").queryAs(ListView.class);
        assertThat(plan.getItems()).hasSize(2);

        type(KeyCode.ESCAPE); // clears the search
        assertThat(lookup("#search-field").queryAs(TextField.class).getText()).isEmpty();
        press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        write("in-transit");
        assertThat(cell(IN_SITU).getPseudoClassStates()).contains(Styles.CONFLICT, Styles.MATCH);
        clickOn(cell(IN_SITU));
        clickOn("#detail-plan-button");
        assertThat(lookup("#plan-summary").queryAs(Label.class).getText()).isEqualTo("2 sessions \u00b7 1 h");
        List<PlanRow.Item> items = plan.getItems().stream().filter(PlanRow.Item.class::isInstance)
                .map(PlanRow.Item.class::cast).toList();
        assertThat(items).extracting(PlanRow.Item::collision).containsExactlyInAnyOrder(
                "collides with " + ONLOAD, "collides with " + IN_SITU);
        assertThat(lookup(".plan-list .list-cell").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(Styles.CONFLICT))).hasSize(2);
        assertThat(vm().schedule().conflictIds()).hasSize(2);
        assertThat(vm().schedule().plannedIds()).hasSize(2);
        assertThat(cell(IN_SITU).getPseudoClassStates()).contains(Styles.PLANNED, Styles.CONFLICT);
        assertThat(texts(".collision")).contains("collides with " + ONLOAD);
    }

    /** As with the pane's scroll bar: Monocle's robot sends no wheel events. */
    private void scrollDetailToEnd() {
        interact(() -> from(lookup("#detail-pane")).lookup(".scroll-pane").queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(1));
    }

    @Test
    void theDetailPaneListsWhatRunsAtTheSameTimeAndAClickThereShowsIt() {
        findOnload();
        clickOn(cell(ONLOAD));
        VBox sameTime = lookup("#detail-same-time").queryAs(VBox.class);
        assertThat(sameTime.getChildren()).extracting(n -> ((Hyperlink) n).getText())
                .containsExactly("11:00\u201311:30  355-D \u2014 " + IN_SITU);
        assertThat(lookup("#detail-same-time-more").query().isVisible()).isFalse();

        scrollDetailToEnd();
        clickOn(sameTime.getChildren().get(0));
        assertThat(selected().title()).isEqualTo(IN_SITU);
        assertThat(lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo(IN_SITU);
        assertThat(sameTime.getChildren()).extracting(n -> ((Hyperlink) n).getText())
                .containsExactly("11:00\u201311:30  155-C \u2014 " + ONLOAD);

        clickOn("#detail-plan-button");
        scrollDetailToEnd();
        clickOn(sameTime.getChildren().get(0));
        assertThat(selected().title()).isEqualTo(ONLOAD);
        assertThat(sameTime.getChildren()).extracting(n -> ((Hyperlink) n).getText()).as("a clash is named as such")
                .containsExactly("11:00\u201311:30  355-D \u2014 " + IN_SITU + "  \u00b7 in your plan");
    }

    @Test
    void aClickInThePlanSelectsTheSessionInTheSchedule() {
        findOnload();
        clickOn(cell(ONLOAD));
        type(KeyCode.SPACE);
        clickOn("Sat 10 Nov");
        clickOn("#plan-list .title");
        assertThat(vm().schedule().dayProperty().get().date()).hasToString("2012-11-14");
        assertThat(selected().title()).isEqualTo(ONLOAD);
    }

    @Test
    void arrowKeysMoveThroughTheGrid() {
        clickOn("Wed 14 Nov");
        clickOn(cell(IN_SITU));
        Session inSitu = selected();
        assertThat(inSitu.title()).isEqualTo(IN_SITU);
        type(KeyCode.DOWN);
        Session below = selected();
        assertThat(below.room()).isEqualTo(inSitu.room());
        assertThat(below.start()).isAfterOrEqualTo(inSitu.end());
        type(KeyCode.UP);
        assertThat(selected()).isEqualTo(inSitu);
        type(KeyCode.RIGHT);
        assertThat(selected().room()).isNotEqualTo(inSitu.room());
        type(KeyCode.LEFT);
        assertThat(selected()).isEqualTo(inSitu);
        type(KeyCode.ENTER);
        assertThat(lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo(IN_SITU);
        assertThat(lookup("#detail-plan-button").query().isFocused()).isTrue();
    }

    @Test
    void theListShowsTheSameDay() {
        clickOn("Wed 14 Nov");
        clickOn("#mode-list");
        ListView<?> list = lookup("#session-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(vm().schedule().contentProperty().get().sessions().size()).hasSize(16);
        clickOn(ONLOAD);
        Session before = selected();
        type(KeyCode.DOWN);
        assertThat(selected().start()).isAfterOrEqualTo(before.start());
        type(KeyCode.SPACE);
        assertThat(vm().schedule().plannedIds()).containsExactly(selected().id());
    }

    @Test
    void keyboardSwitchesDaysFocusesSearchAndClears() {
        press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertThat(vm().schedule().dayProperty().get().date()).hasToString("2012-11-11");
        press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        assertThat(vm().schedule().dayProperty().get().date()).hasToString("2012-11-14");
        press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        Node field = lookup("#search-field").query();
        assertThat(field.isFocused()).isTrue();
        write("keynote");
        assertThat(vm().search().matchCountProperty().get()).isPositive();
        type(KeyCode.ENTER);
        assertThat(selected()).isNotNull();
        type(KeyCode.ESCAPE);
        assertThat(((TextField) field).getText()).isEmpty();
        type(KeyCode.ESCAPE);
        assertThat(selected()).isNull();
    }

    @Test
    void spaceAndEnterInTheSearchFieldAreTyping() {
        findOnload();
        clickOn(cell(ONLOAD));
        clickOn("#search-field");
        write(" user-level");
        assertThat(lookup("#search-field").queryAs(TextField.class).getText()).isEqualTo("OpenOnload user-level");
        assertThat(vm().schedule().plannedIds()).isEmpty();
        type(KeyCode.ENTER);
        assertThat(selected().title()).isEqualTo(ONLOAD);
        assertThat(lookup("#search-field").query().isFocused()).isTrue();
    }

    @Test
    void theUnscheduledTabListsTheUndatedSessions() {
        clickOn("Unscheduled");
        assertThat(vm().schedule().contentProperty().get().sessions()).hasSize(4);
        assertThat(texts(".session-list .title")).contains("ACM Student Research Competition Poster Exhibit");
    }

    @Test
    void darkThemeFromTheViewMenu() {
        clickOn("View").clickOn("Theme").clickOn("Dark");
        assertThat(windows.window.stage().getScene().getRoot().getStyleClass()).contains(Styles.THEME_DARK);
        clickOn("Wed 14 Nov");
        clickOn(cell(IN_SITU));
    }
}
