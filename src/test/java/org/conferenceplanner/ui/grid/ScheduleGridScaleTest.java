package org.conferenceplanner.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The scale requirement: a 60-room day with 2,000 sessions keeps the scene under 1,000 nodes while it
 * is scrolled from top to bottom and across to the last room, because only visible blocks have cells.
 */
@ExtendWith(ApplicationExtension.class)
class ScheduleGridScaleTest {

    private static final int NODE_LIMIT = 1000;

    private final GridDay day = SyntheticDays.large();
    private ScheduleGrid grid;
    private Scene scene;

    @Start
    void start(Stage stage) {
        grid = new ScheduleGrid(Locale.US);
        grid.setDay(day);
        scene = new Scene(new StackPane(grid), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theSceneStaysUnderAThousandNodesWhileScrollingDownAndAcross(FxRobot robot) {
        assertThat(day.sessions()).hasSize(2000);
        assertThat(day.rooms()).hasSize(60);
        ScrollBar vertical = bar(robot, Orientation.VERTICAL);
        ScrollBar horizontal = bar(robot, Orientation.HORIZONTAL);
        GridBody body = robot.lookup(".grid-body").queryAs(GridBody.class);
        // steps of most of a viewport, so that every block passes through the view
        double stepX = body.getWidth() * 0.9;
        double stepY = body.getHeight() * 0.9;
        Set<String> seen = new HashSet<>();
        int most = 0;
        int steps = 0;

        for (double x = 0; ; x = Math.min(horizontal.getMax(), x + stepX)) {
            for (double y = 0; ; y = Math.min(vertical.getMax(), y + stepY)) {
                int nodes = scrollAndCount(robot, horizontal, x, vertical, y, body, seen);
                most = Math.max(most, nodes);
                steps++;
                assertThat(nodes).as("nodes at scroll %s,%s", x, y).isLessThan(NODE_LIMIT);
                if (y >= vertical.getMax()) {
                    break;
                }
            }
            if (x >= horizontal.getMax()) {
                break;
            }
        }

        assertThat(vertical.getMax()).as("the day is much taller than the window").isGreaterThan(1000);
        assertThat(horizontal.getMax()).as("and much wider").isGreaterThan(5000);
        assertThat(steps).isGreaterThan(20);
        // every session came into view at some point, yet never more than a few hundred nodes at once
        assertThat(seen).hasSize(2000);
        assertThat(most).isGreaterThan(100);
        GridFx.screenshot(grid, "schedule-grid-large");
    }

    /** One scroll step as the scroll bars make it, then a CSS and layout pass; counts the scene's nodes. */
    private int scrollAndCount(FxRobot robot, ScrollBar horizontal, double x, ScrollBar vertical, double y,
                               GridBody body, Set<String> seen) {
        int[] nodes = new int[1];
        robot.interact(() -> {
            horizontal.setValue(x);
            vertical.setValue(y);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            nodes[0] = GridFx.countNodes(scene.getRoot());
            for (SessionCell cell : body.visibleCells()) {
                seen.add(cell.session().id());
            }
        });
        return nodes[0];
    }

    private static ScrollBar bar(FxRobot robot, Orientation orientation) {
        return robot.lookup(".scroll-bar").match((ScrollBar b) -> b.getOrientation() == orientation)
                .queryAs(ScrollBar.class);
    }
}
