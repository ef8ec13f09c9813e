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
import org.testfx.util.WaitForAsyncUtils;

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
        Set<String> seen = new HashSet<>();
        int most = 0;
        int steps = 0;

        for (double x = 0; ; x = Math.min(horizontal.getMax(), x + 400)) {
            double atX = x;
            robot.interact(() -> horizontal.setValue(atX));
            for (double y = 0; ; y = Math.min(vertical.getMax(), y + 150)) {
                double atY = y;
                robot.interact(() -> vertical.setValue(atY));
                WaitForAsyncUtils.waitForFxEvents();
                int nodes = countOnFx(robot);
                most = Math.max(most, nodes);
                seen.addAll(visibleIds(robot));
                steps++;
                assertThat(nodes).as("nodes at scroll %s,%s", atX, atY).isLessThan(NODE_LIMIT);
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
        assertThat(steps).isGreaterThan(100);
        // every session came into view at some point, yet never more than a few hundred at once
        assertThat(seen).hasSize(2000);
        assertThat(most).isGreaterThan(100);
        System.out.printf("grid scale: %d steps, at most %d nodes%n", steps, most);
        GridFx.screenshot(grid, "schedule-grid-large");
    }

    private int countOnFx(FxRobot robot) {
        int[] n = new int[1];
        robot.interact(() -> n[0] = GridFx.countNodes(scene.getRoot()));
        return n[0];
    }

    private Set<String> visibleIds(FxRobot robot) {
        Set<String> ids = new HashSet<>();
        robot.interact(() -> {
            GridBody body = robot.lookup(".grid-body").queryAs(GridBody.class);
            for (SessionCell cell : body.visibleCells()) {
                ids.add(cell.session().id());
            }
        });
        return ids;
    }

    private static ScrollBar bar(FxRobot robot, Orientation orientation) {
        return robot.lookup(".scroll-bar").match((ScrollBar b) -> b.getOrientation() == orientation)
                .queryAs(ScrollBar.class);
    }
}
