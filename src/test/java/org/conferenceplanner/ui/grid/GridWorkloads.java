package org.conferenceplanner.ui.grid;

/**
 * The grid's two hot paths as pure methods for benchmarks (JMH) and tests: what a day switch costs
 * before any node is touched, and what one scroll step costs. Stateless.
 */
public final class GridWorkloads {

    /** The viewport the scale requirement is measured in: a laptop-sized grid body. */
    public static final double VIEWPORT_WIDTH = 1200;
    public static final double VIEWPORT_HEIGHT = 720;

    private GridWorkloads() {
    }

    /** Lane layout of the whole day plus the first viewport's visible cells; returns how many are visible. */
    public static int daySwitch(GridDay day, double pixelsPerMinute, double roomWidth) {
        DayLayout layout = DayLayout.of(day);
        VisibleCells cells = new VisibleCells(layout);
        return cells.update(geometry(layout, pixelsPerMinute, roomWidth), 0, 0, VIEWPORT_WIDTH, VIEWPORT_HEIGHT);
    }

    /**
     * One scroll step: the visible cells of the viewport at ({@code x}, {@code y}); allocation-free
     * after the {@link VisibleCells} is made.
     */
    public static int scrollStep(VisibleCells cells, GridGeometry geometry, double x, double y) {
        return cells.update(geometry, x, y, VIEWPORT_WIDTH, VIEWPORT_HEIGHT);
    }

    public static GridGeometry geometry(DayLayout layout, double pixelsPerMinute, double roomWidth) {
        return new GridGeometry(layout.range(), layout.roomCount(), pixelsPerMinute, roomWidth,
                ScheduleGridSkin.MIN_BLOCK_HEIGHT);
    }
}
