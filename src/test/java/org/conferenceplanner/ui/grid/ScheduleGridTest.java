package org.conferenceplanner.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.conferenceplanner.ui.grid.GridTestSessions.DAY;
import static org.conferenceplanner.ui.grid.GridTestSessions.DENVER;
import static org.conferenceplanner.ui.grid.GridTestSessions.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.VerticalDirection;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.conferenceplanner.domain.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The grid driven like a user: mouse, keys, zoom; and what it shows. */
@ExtendWith(ApplicationExtension.class)
class ScheduleGridTest {

    private static final List<Session> SESSIONS = List.of(
            titled(session("k", "Ballroom", "08:30", "09:30"), "Keynote: Exascale", "Keynote"),
            titled(session("a1", "255-EF", "10:30", "11:00"), "OpenOnload", "Exhibitor Forum"),
            titled(session("a2", "255-EF", "11:00", "11:30"), "Cray XC30", "Exhibitor Forum"),
            titled(session("b1", "155-C", "10:30", "12:00"), "MPI tutorial", "Tutorial"),
            titled(session("b2", "155-C", "11:00", "11:30"), "OpenMP BoF", "BoF"),
            titled(session("c1", "355-D", "10:45", "11:45"), "Exascale panel", "Panel"),
            titled(session("late", "355-D", "23:30", "00:45"), "Night owls", "BoF"));

    private ScheduleGrid grid;
    private Scene scene;
    private final List<SessionEvent> events = new ArrayList<>();

    @Start
    void start(Stage stage) {
        grid = new ScheduleGrid(Locale.US);
        grid.setDay(new GridDay(DAY, DENVER, List.of("Ballroom", "255-EF", "155-C", "355-D"), SESSIONS));
        grid.setOnSessionActivated(events::add);
        grid.setOnTogglePlan(events::add);
        scene = new Scene(new StackPane(grid), 900, 600);
        stage.setScene(scene);
        stage.show();
        grid.requestFocus();
    }

    @Test
    void aClickSelectsTheSessionAndFocusesTheGrid(FxRobot robot) {
        robot.clickOn(cell(robot, "OpenOnload"));

        assertThat(grid.getSelectedSession().id()).isEqualTo("a1");
        assertThat(grid.isFocused()).isTrue();
        assertThat(states(cell(robot, "OpenOnload"))).contains("selected", "focused");
        assertThat(states(cell(robot, "Cray XC30"))).doesNotContain("selected");
    }

    @Test
    void arrowKeysMoveThroughTheGrid(FxRobot robot) {
        robot.clickOn(cell(robot, "OpenOnload"));

        robot.type(KeyCode.DOWN);
        assertThat(grid.getSelectedSession().id()).isEqualTo("a2");
        robot.type(KeyCode.RIGHT);
        assertThat(grid.getSelectedSession().id()).as("155-C at 11:00: the BoF starts then").isEqualTo("b2");
        robot.type(KeyCode.LEFT);
        assertThat(grid.getSelectedSession().id()).as("the tutorial's lane beside it").isEqualTo("b1");
        robot.type(KeyCode.UP);
        assertThat(grid.getSelectedSession().id()).as("first in its room").isEqualTo("b1");
        robot.type(KeyCode.LEFT, KeyCode.LEFT);
        assertThat(grid.getSelectedSession().id()).isEqualTo("k");
        assertThat(states(cell(robot, "Keynote: Exascale"))).contains("selected", "focused");
    }

    @Test
    void enterActivatesSpaceTogglesAndDoubleClickActivates(FxRobot robot) {
        robot.clickOn(cell(robot, "Exascale panel"));

        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.SPACE);
        robot.doubleClickOn(cell(robot, "MPI tutorial"));

        assertThat(events).extracting(SessionEvent::getEventType)
                .containsExactly(SessionEvent.ACTIVATED, SessionEvent.TOGGLE_PLAN, SessionEvent.ACTIVATED);
        assertThat(events).extracting(e -> e.getSession().id()).containsExactly("c1", "c1", "b1");
    }

    @Test
    void zoomChangesBlockHeights(FxRobot robot) {
        Label tutorial = cell(robot, "MPI tutorial");
        assertThat(tutorial.getHeight()).isCloseTo(90 * 2, within(1.0));

        robot.clickOn(tutorial);
        robot.type(KeyCode.ADD);
        assertThat(grid.getPixelsPerMinute()).isEqualTo(2 * ScheduleGrid.ZOOM_STEP);
        assertThat(cell(robot, "MPI tutorial").getHeight()).isCloseTo(90 * 2 * ScheduleGrid.ZOOM_STEP, within(1.0));

        robot.type(KeyCode.SUBTRACT, KeyCode.SUBTRACT);
        assertThat(grid.getPixelsPerMinute()).isCloseTo(2 / ScheduleGrid.ZOOM_STEP, within(1e-9));

        robot.interact(() -> grid.setPixelsPerMinute(4));
        assertThat(cell(robot, "MPI tutorial").getHeight()).isCloseTo(90 * 4, within(1.0));

        robot.moveTo(cell(robot, "MPI tutorial")).press(KeyCode.CONTROL).scroll(2, VerticalDirection.UP)
                .release(KeyCode.CONTROL);
        assertThat(grid.getPixelsPerMinute()).isNotEqualTo(4.0);
        assertThat(cell(robot, "MPI tutorial").getHeight())
                .isCloseTo(90 * grid.getPixelsPerMinute(), within(1.0));
    }

    @Test
    void theTimeAxisIsLabelledWithTheZoneAndRunsPastMidnight(FxRobot robot) {
        assertThat(axisTitles(robot)).containsExactly("MST \u2014 America/Denver");
        robot.interact(() -> grid.setPixelsPerMinute(ScheduleGrid.MIN_ZOOM));

        TimeAxis axis = robot.lookup(".primary-axis").queryAs(TimeAxis.class);
        assertThat(axis.shownLabels()).startsWith("08:00", "09:00", "10:00");
        robot.interact(() -> grid.scrollTo(SESSIONS.get(6)));
        assertThat(axis.shownLabels()).contains("23:00", "00:00", "01:00");
    }

    @Test
    void aSecondAxisShowsTheOtherZoneCorrectlyAcrossItsDstChange(FxRobot robot) {
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        LocalDate day = LocalDate.of(2025, 3, 29);
        robot.interact(() -> {
            grid.setDay(new GridDay(day, DENVER, List.of("Hall"),
                    List.of(session("n", "Hall", day, DENVER, "16:00", "20:00"))));
            grid.setSecondZone(brussels);
            grid.setPixelsPerMinute(2);
        });

        TimeAxis second = robot.lookup(".second-axis").match(n -> n instanceof TimeAxis).queryAs(TimeAxis.class);
        TimeAxis primary = robot.lookup(".primary-axis").queryAs(TimeAxis.class);
        assertThat(primary.shownLabels()).containsSubsequence("16:00", "17:00", "18:00", "19:00", "20:00");
        // Brussels skips 02:00 that night: 23:00 CET, 00:00, 01:00, then 03:00 CEST.
        assertThat(second.shownLabels()).containsSubsequence("00:00", "00:30", "01:00", "01:30", "03:00", "03:30");
        assertThat(second.shownLabels()).doesNotContain("02:00", "02:30");
        assertThat(axisTitles(robot)).containsExactlyInAnyOrder("MDT \u2014 America/Denver",
                "CET/CEST \u2014 Europe/Brussels");
    }

    @Test
    void planConflictAndSearchStatesReachTheCells(FxRobot robot) {
        robot.interact(() -> {
            grid.getPlannedIds().add("a1");
            grid.getConflictIds().add("b1");
            grid.getMatchIds().add("c1");
        });

        assertThat(states(cell(robot, "OpenOnload"))).as("planned, but not a search match")
                .contains("planned", "dimmed");
        assertThat(cell(robot, "OpenOnload").getAccessibleText()).isEqualTo(
                "OpenOnload, Wed 14 Nov 10:30\u201311:00, 255-EF, planned");
        assertThat(states(cell(robot, "MPI tutorial"))).contains("conflict", "dimmed");
        assertThat(cell(robot, "MPI tutorial").getAccessibleText()).endsWith("collides with plan");
        assertThat(states(cell(robot, "Exascale panel"))).contains("match").doesNotContain("dimmed");

        robot.interact(() -> grid.getMatchIds().clear());
        assertThat(states(cell(robot, "MPI tutorial"))).doesNotContain("dimmed");

        robot.interact(() -> grid.getMaybeIds().add("a1"));
        assertThat(states(cell(robot, "OpenOnload"))).contains("planned", "maybe");
        assertThat(cell(robot, "OpenOnload").getAccessibleText()).endsWith(", 255-EF, planned as maybe");
        robot.interact(() -> grid.getPlannedIds().remove("a1"));
        assertThat(states(cell(robot, "OpenOnload"))).as("a maybe mark needs a pick").doesNotContain("planned", "maybe");
    }

    @Test
    void selectingASessionScrollsItIntoView(FxRobot robot) {
        Session late = SESSIONS.get(6);
        robot.interact(() -> grid.setPixelsPerMinute(6));

        robot.interact(() -> grid.setSelectedSession(late));

        Label cell = cell(robot, "Night owls");
        Node body = robot.lookup(".grid-body").query();
        Bounds cellOnScreen = cell.localToScreen(cell.getBoundsInLocal());
        Bounds bodyOnScreen = body.localToScreen(body.getBoundsInLocal());
        assertThat(bodyOnScreen.contains(cellOnScreen.getMinX(), cellOnScreen.getMinY())).isTrue();
        assertThat(grid.queryAccessibleAttribute(AccessibleAttribute.FOCUS_ITEM)).isSameAs(cell);
    }

    @Test
    void theSameDayFilteredKeepsTheViewButANewDayStartsAtTheTop(FxRobot robot) {
        ScrollBar vertical = robot.lookup(".scroll-bar").match((ScrollBar b) -> b.getOrientation() == Orientation.VERTICAL)
                .queryAs(ScrollBar.class);
        robot.interact(() -> grid.setPixelsPerMinute(4));
        robot.interact(() -> vertical.setValue(4 * 150)); // 10:30, the day starting at 08:00
        GridBody body = robot.lookup(".grid-body").queryAs(GridBody.class);

        // filtered: the keynote is gone, so the day now starts at 10:00
        robot.interact(() -> grid.setDay(new GridDay(DAY, DENVER, List.of("255-EF", "155-C", "355-D"),
                SESSIONS.subList(1, SESSIONS.size()))));
        assertThat(vertical.getValue()).as("10:30 stays at the top").isCloseTo(4 * 30, within(0.5));
        assertThat(body.cellOf(SESSIONS.get(1))).isNotNull();

        robot.interact(() -> grid.setDay(new GridDay(DAY.plusDays(1), DENVER, List.of("255-EF"),
                List.of(session("next", "255-EF", DAY.plusDays(1), DENVER, "10:00", "11:00")))));
        assertThat(vertical.getValue()).isZero();
    }

    @Test
    void theNowLineIsDrawnOnlyDuringTheDay(FxRobot robot) {
        Node nowLine = robot.lookup(".now-line").query();
        assertThat(nowLine.isVisible()).isFalse();

        robot.interact(() -> grid.setNow(DAY.atTime(10, 0).atZone(DENVER).toInstant()));
        assertThat(nowLine.isVisible()).isTrue();
        // the day starts at 08:00 (the keynote is at 08:30): 10:00 is 120 minutes down
        assertThat(nowLine.getLayoutY() + 1).isCloseTo(120 * 2, within(1.0));

        robot.interact(() -> grid.setNow(DAY.plusDays(2).atTime(10, 0).atZone(DENVER).toInstant()));
        assertThat(nowLine.isVisible()).isFalse();
    }

    @Test
    void coloursComeFromCategoriesAndThemesCanOverrideThem(FxRobot robot) {
        assertThat(grid.getLegend()).containsExactly("Keynote", "Exhibitor Forum", "Tutorial", "BoF", "Panel");
        String tutorialClass = grid.categoryStyleClass("Tutorial");
        assertThat(cell(robot, "MPI tutorial").getStyleClass()).contains(tutorialClass);
        assertThat(scene.getStylesheets()).first().isEqualTo(ScheduleGrid.STYLESHEET);

        robot.interact(() -> scene.getStylesheets().add("data:text/css,.root%7B-cp-category-2:%23ff0000;%7D"));

        Label tutorial = cell(robot, "MPI tutorial");
        robot.interact(tutorial::applyCss);
        assertThat(tutorial.getBackground().getFills().get(1).getFill()).isEqualTo(Color.web("#ff0000"));
        assertThat(scene.getStylesheets()).first().isEqualTo(ScheduleGrid.STYLESHEET);
    }

    @Test
    void anOwnerCanGiveTheColourClassesItself(FxRobot robot) {
        robot.interact(() -> grid.setColourClassOf(s -> s.id().startsWith("b") ? "category-7" : null));

        assertThat(cell(robot, "MPI tutorial").getStyleClass()).contains("category-7");
        assertThat(cell(robot, "OpenOnload").getStyleClass()).noneMatch(c -> c.startsWith("category-"));

        robot.interact(() -> grid.setColourClassOf(null));
        assertThat(cell(robot, "OpenOnload").getStyleClass()).contains(grid.categoryStyleClass("Exhibitor Forum"));
    }

    @Test
    void hoveringACellTellsItAll(FxRobot robot) throws TimeoutException {
        GridBody body = robot.lookup(".grid-body").queryAs(GridBody.class);

        robot.moveTo(cell(robot, "OpenMP BoF"));
        // the tooltip shows after its delay; on a loaded machine that can take a while
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> body.tooltip().isShowing());

        assertThat(body.tooltip().getText()).isEqualTo("OpenMP BoF, Wed 14 Nov 11:00\u201311:30, 155-C");
    }

    @Test
    void screenshot(FxRobot robot) throws Exception {
        robot.interact(() -> {
            grid.getPlannedIds().add("a1");
            grid.getConflictIds().add("b2");
            grid.setSecondZone(ZoneId.of("Europe/Berlin"));
            grid.setNow(DAY.atTime(11, 10).atZone(DENVER).toInstant());
            grid.setSelectedSession(SESSIONS.get(5));
        });

        Path file = GridFx.screenshot(grid, "schedule-grid");

        assertThat(Files.size(file)).isGreaterThan(5_000);
    }

    private static Session titled(Session s, String title, String type) {
        return s.toBuilder().title(title).eventType(type).build();
    }

    private static Label cell(FxRobot robot, String title) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".session-cell").match((Label l) -> l.isVisible() && title.equals(l.getText()))
                .queryAs(Label.class);
    }

    private static List<String> states(Node node) {
        return node.getPseudoClassStates().stream().map(Object::toString).toList();
    }

    private List<String> axisTitles(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".axis-title").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
    }
}
