package org.conferenceplanner.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.ui.grid.GridTestSessions.DAY;
import static org.conferenceplanner.ui.grid.GridTestSessions.DENVER;
import static org.conferenceplanner.ui.grid.GridTestSessions.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class VisibleCellsTest {

    @Test
    void findsExactlyTheBlocksThatIntersectTheViewport() {
        DayLayout layout = DayLayout.of(SyntheticDays.large());
        VisibleCells cells = new VisibleCells(layout);
        Random random = new Random(42);
        for (double zoom : new double[] {0.5, 1, 2, 3.3, 8}) {
            GridGeometry g = GridWorkloads.geometry(layout, zoom, 160);
            for (int k = 0; k < 200; k++) {
                double x = random.nextDouble() * (g.contentWidth() + 200) - 100;
                double y = random.nextDouble() * (g.contentHeight() + 200) - 100;
                double w = 1 + random.nextDouble() * 1600;
                double h = 1 + random.nextDouble() * 1000;

                cells.update(g, x, y, w, h);

                assertThat(found(cells)).as("viewport %s,%s %sx%s at zoom %s", x, y, w, h, zoom)
                        .isEqualTo(bruteForce(layout, g, x, y, w, h));
            }
        }
    }

    @Test
    void aScrollStepOnTheLargeDayFindsAFewHundredAtMost() {
        DayLayout layout = DayLayout.of(SyntheticDays.large());
        VisibleCells cells = new VisibleCells(layout);
        GridGeometry g = GridWorkloads.geometry(layout, 2, 160);
        int most = 0;
        for (double y = 0; y < g.contentHeight(); y += 120) {
            most = Math.max(most, GridWorkloads.scrollStep(cells, g, 0, y));
        }
        assertThat(most).isBetween(20, 400);
    }

    @Test
    void zeroLengthSessionsAreFoundThroughTheirMinimumHeight() {
        DayLayout layout = DayLayout.of(new GridDay(DAY, DENVER, List.of("A"), List.of(
                session("long", "A", "09:00", "12:00"),
                session("instant", "A", "10:00", "10:00"))));
        GridGeometry g = GridWorkloads.geometry(layout, 2, 160);
        VisibleCells cells = new VisibleCells(layout);

        // 10:00 is at 120 px; the zero-length block is drawn 14 px tall, down to 134 px.
        cells.update(g, 0, 125, 160, 50);
        assertThat(ids(layout, cells)).containsExactlyInAnyOrder("long", "instant");

        cells.update(g, 0, 135, 160, 50);
        assertThat(ids(layout, cells)).containsExactly("long");
    }

    @Test
    void onlyTheLanesInViewCount() {
        DayLayout layout = DayLayout.of(new GridDay(DAY, DENVER, List.of("A", "B"), List.of(
                session("left", "A", "09:00", "10:00"),
                session("right", "A", "09:00", "10:00"),
                session("b", "B", "09:00", "10:00"))));
        GridGeometry g = GridWorkloads.geometry(layout, 2, 160);
        VisibleCells cells = new VisibleCells(layout);

        cells.update(g, 80, 0, 160, 100);

        assertThat(ids(layout, cells)).containsExactlyInAnyOrder("right", "b");
    }

    @Test
    void anEmptyViewportOrDayShowsNothing() {
        DayLayout layout = DayLayout.of(SyntheticDays.generate(1, 5, 50));
        GridGeometry g = GridWorkloads.geometry(layout, 2, 160);

        assertThat(new VisibleCells(layout).update(g, 0, 0, 0, 500)).isZero();
        assertThat(new VisibleCells(DayLayout.of(null)).update(g, 0, 0, 500, 500)).isZero();
    }

    private static TreeSet<Integer> found(VisibleCells cells) {
        TreeSet<Integer> set = new TreeSet<>();
        for (int i = 0; i < cells.count(); i++) {
            set.add(cells.get(i));
        }
        assertThat(set).hasSize(cells.count());
        return set;
    }

    private static TreeSet<Integer> bruteForce(DayLayout layout, GridGeometry g, double x, double y, double w,
                                               double h) {
        TreeSet<Integer> set = new TreeSet<>();
        for (int i = 0; i < layout.size(); i++) {
            SessionBlock b = layout.block(i);
            double left = b.x(g.roomWidth());
            double right = left + b.laneWidth(g.roomWidth());
            double top = g.y(b.startMinute());
            double bottom = top + g.blockHeight(b.startMinute(), b.endMinute());
            if (left < x + w && right > x && top < y + h && bottom > y) {
                set.add(i);
            }
        }
        return set;
    }

    private static List<String> ids(DayLayout layout, VisibleCells cells) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < cells.count(); i++) {
            ids.add(layout.block(cells.get(i)).session().id());
        }
        return ids;
    }
}
