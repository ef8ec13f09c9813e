package org.conferenceplanner.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class GridGeometryTest {

    private final DayTimeRange range = new DayTimeRange(Instant.parse("2012-11-14T15:00:00Z"), 10 * 60);
    private final GridGeometry geometry = new GridGeometry(range, 60, 2, 160, 14);

    @Test
    void mapsMinutesToPixelsAndBack() {
        assertThat(geometry.y(90)).isEqualTo(180);
        assertThat(geometry.minuteAt(180)).isEqualTo(90);
        assertThat(geometry.y(Instant.parse("2012-11-14T16:30:00Z"))).isEqualTo(180);
        assertThat(geometry.instantAt(180)).isEqualTo(Instant.parse("2012-11-14T16:30:00Z"));
        assertThat(geometry.contentHeight()).isEqualTo(1200);
    }

    @Test
    void mapsRoomsToColumns() {
        assertThat(geometry.x(3)).isEqualTo(480);
        assertThat(geometry.roomAt(479.9)).isEqualTo(2);
        assertThat(geometry.roomAt(480)).isEqualTo(3);
        assertThat(geometry.roomAt(-1)).isEqualTo(-1);
        assertThat(geometry.roomAt(60 * 160)).isEqualTo(-1);
        assertThat(geometry.contentWidth()).isEqualTo(9600);
    }

    @Test
    void visibleRoomsAreThoseAtLeastPartlyInView() {
        assertThat(geometry.firstVisibleRoom(0)).isEqualTo(0);
        assertThat(geometry.endVisibleRoom(0, 800)).isEqualTo(5);
        assertThat(geometry.firstVisibleRoom(150)).isEqualTo(0);
        assertThat(geometry.endVisibleRoom(150, 800)).isEqualTo(6);
        assertThat(geometry.endVisibleRoom(9000, 2000)).isEqualTo(60);
        assertThat(geometry.firstVisibleRoom(-50)).isEqualTo(0);
    }

    @Test
    void visibleMinutesStayInsideTheDay() {
        assertThat(geometry.firstVisibleMinute(-10)).isEqualTo(0);
        assertThat(geometry.firstVisibleMinute(300)).isEqualTo(150);
        assertThat(geometry.endVisibleMinute(300, 400)).isEqualTo(350);
        assertThat(geometry.endVisibleMinute(1000, 400)).isEqualTo(600);
    }

    @Test
    void shortSessionsGetTheMinimumHeight() {
        assertThat(geometry.blockHeight(60, 60)).isEqualTo(14);
        assertThat(geometry.blockHeight(60, 65)).isEqualTo(14);
        assertThat(geometry.blockHeight(60, 90)).isEqualTo(60);
        assertThat(geometry.minBlockMinutes()).isEqualTo(7);
        assertThat(geometry.visualEndMinute(60, 60)).isEqualTo(67);
        assertThat(geometry.visualEndMinute(60, 90)).isEqualTo(90);
    }

    @Test
    void labelStepKeepsLabelsApart() {
        assertThat(withZoom(0.5).labelStepMinutes()).isEqualTo(60);
        assertThat(withZoom(1).labelStepMinutes()).isEqualTo(60);
        assertThat(withZoom(2).labelStepMinutes()).isEqualTo(30);
        assertThat(withZoom(3).labelStepMinutes()).isEqualTo(15);
        assertThat(withZoom(8).labelStepMinutes()).isEqualTo(15);
        assertThat(withZoom(0.2).labelStepMinutes()).isEqualTo(180);
    }

    @Test
    void scrollToShowMovesAsLittleAsNeeded() {
        assertThat(GridGeometry.scrollToShow(100, 500, 200, 300, 10)).isEqualTo(100);
        assertThat(GridGeometry.scrollToShow(100, 500, 50, 80, 10)).isEqualTo(40);
        assertThat(GridGeometry.scrollToShow(100, 500, 550, 700, 10)).isEqualTo(210);
        assertThat(GridGeometry.scrollToShow(100, 500, 1000, 2000, 10)).isEqualTo(990);
        assertThat(GridGeometry.maxScroll(1200, 800)).isEqualTo(400);
        assertThat(GridGeometry.maxScroll(600, 800)).isEqualTo(0);
    }

    @Test
    void zoomChangesHeightsNotMinutes() {
        GridGeometry zoomed = withZoom(4);

        assertThat(zoomed.y(90)).isCloseTo(2 * geometry.y(90), within(1e-9));
        assertThat(zoomed.minuteAt(zoomed.y(90))).isEqualTo(90);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new GridGeometry(range, 3, 0, 160, 14)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GridGeometry(range, -1, 2, 160, 14)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DayTimeRange(range.start(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private GridGeometry withZoom(double pixelsPerMinute) {
        return new GridGeometry(range, 60, pixelsPerMinute, 160, 14);
    }
}
