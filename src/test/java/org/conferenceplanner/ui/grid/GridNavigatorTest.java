package org.conferenceplanner.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.ui.grid.GridNavigator.Direction.DOWN;
import static org.conferenceplanner.ui.grid.GridNavigator.Direction.LEFT;
import static org.conferenceplanner.ui.grid.GridNavigator.Direction.RIGHT;
import static org.conferenceplanner.ui.grid.GridNavigator.Direction.UP;
import static org.conferenceplanner.ui.grid.GridTestSessions.DAY;
import static org.conferenceplanner.ui.grid.GridTestSessions.DENVER;
import static org.conferenceplanner.ui.grid.GridTestSessions.session;

import java.util.List;
import org.conferenceplanner.ui.grid.GridNavigator.Direction;
import org.junit.jupiter.api.Test;

class GridNavigatorTest {

    /*
     *          A              B (two lanes)           C (empty)   D
     *  09:00   a1             b1 ─┐  
     *  09:30   │              │   b2
     *  10:00   a2             │   │                               
     *  10:15   │              │   │                               d1
     *  10:30   │              │   ┘                               │
     *  11:00   a3             ┘                                   │
     *  13:00                                                      d2
     */
    private final DayLayout layout = DayLayout.of(new GridDay(DAY, DENVER, List.of("A", "B", "C", "D"), List.of(
            session("a1", "A", "09:00", "10:00"),
            session("a2", "A", "10:00", "11:00"),
            session("a3", "A", "11:00", "12:00"),
            session("b1", "B", "09:00", "11:00"),
            session("b2", "B", "09:30", "10:30"),
            session("d1", "D", "10:15", "11:15"),
            session("d2", "D", "13:00", "14:00"))));

    @Test
    void upAndDownStayInTheRoomInTimeOrder() {
        assertThat(go("a1", DOWN)).isEqualTo("a2");
        assertThat(go("a2", DOWN)).isEqualTo("a3");
        assertThat(go("a3", DOWN)).as("the last stays").isEqualTo("a3");
        assertThat(go("a2", UP)).isEqualTo("a1");
        assertThat(go("a1", UP)).as("the first stays").isEqualTo("a1");
        assertThat(go("b1", DOWN)).isEqualTo("b2");
    }

    @Test
    void rightGoesToTheNextLaneBeforeTheNextRoom() {
        assertThat(go("b1", RIGHT)).isEqualTo("b2");
        assertThat(go("b2", LEFT)).isEqualTo("b1");
    }

    @Test
    void sidewaysSkipsEmptyRoomsAndPicksTheNearestTime() {
        assertThat(go("b2", RIGHT)).as("C is empty; d1 overlaps b2").isEqualTo("d1");
        assertThat(go("d2", LEFT)).as("b1 ends nearer to 13:00 than b2").isEqualTo("b1");
        assertThat(go("b1", LEFT)).as("a1 starts with b1").isEqualTo("a1");
        assertThat(go("a3", RIGHT)).as("b1 overlaps nothing at 11:00 but ends closest").isEqualTo("b1");
        assertThat(go("d1", RIGHT)).as("no room to the right").isEqualTo("d1");
        assertThat(go("a2", LEFT)).as("no room to the left").isEqualTo("a2");
    }

    @Test
    void fromAnOverlapThePreferredBlockStartsNearest() {
        // a2 (10:00-11:00) overlaps b1 (09:00) and b2 (09:30); b2 starts nearer.
        assertThat(go("a2", RIGHT)).isEqualTo("b2");
    }

    @Test
    void withNothingSelectedTheFirstBlockIsChosen() {
        assertThat(GridNavigator.move(layout, -1, DOWN)).isZero();
        assertThat(GridNavigator.move(DayLayout.of(null), -1, DOWN)).isEqualTo(-1);
    }

    private String go(String from, Direction direction) {
        return layout.block(GridNavigator.move(layout, layout.indexOf(from), direction)).session().id();
    }
}
