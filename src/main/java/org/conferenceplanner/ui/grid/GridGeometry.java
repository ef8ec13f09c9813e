package org.conferenceplanner.ui.grid;

import java.time.Instant;
import java.util.Objects;

/**
 * The grid's coordinate system, in content pixels: time runs down from the range start, rooms run
 * right in equal columns. Pure arithmetic with no scene graph, so it is tested without a toolkit and
 * rebuilt for every zoom or size change (it is a small value). Immutable.
 *
 * @param range           the time range shown
 * @param roomCount       visible room columns
 * @param pixelsPerMinute vertical zoom, positive
 * @param roomWidth       width of one room column, positive
 * @param minBlockHeight  height of the shortest block (a session with end = start still gets this)
 */
public record GridGeometry(DayTimeRange range, int roomCount, double pixelsPerMinute, double roomWidth,
                           double minBlockHeight) {

    /** Gap under which hourly time labels would collide. */
    static final double MIN_LABEL_SPACING = 28;
    /** Labels between the hours appear only when there is room to spare, so the axis stays calm. */
    static final double MIN_SUBHOUR_LABEL_SPACING = 44;
    private static final int[] LABEL_STEPS = {15, 30, 60, 120, 180};

    public GridGeometry {
        Objects.requireNonNull(range, "range");
        if (roomCount < 0 || !(pixelsPerMinute > 0) || !(roomWidth > 0) || minBlockHeight < 0) {
            throw new IllegalArgumentException("bad geometry: rooms " + roomCount + ", px/min " + pixelsPerMinute
                    + ", room width " + roomWidth + ", min height " + minBlockHeight);
        }
    }

    public double contentWidth() {
        return roomCount * roomWidth;
    }

    public double contentHeight() {
        return range.minutes() * pixelsPerMinute;
    }

    public double y(double minute) {
        return minute * pixelsPerMinute;
    }

    public double y(Instant t) {
        return y(range.minuteOf(t));
    }

    public double minuteAt(double y) {
        return y / pixelsPerMinute;
    }

    public Instant instantAt(double y) {
        return range.instantAt(minuteAt(y));
    }

    public double x(int room) {
        return room * roomWidth;
    }

    /** The room column under {@code x}, or -1 outside the columns. */
    public int roomAt(double x) {
        if (x < 0 || x >= contentWidth()) {
            return -1;
        }
        return (int) Math.floor(x / roomWidth);
    }

    /** The first room column at least partly inside a viewport starting at {@code x}. */
    public int firstVisibleRoom(double x) {
        return clampRoom((int) Math.floor(Math.max(0, x) / roomWidth));
    }

    /** One past the last room column at least partly inside a viewport {@code [x, x + width)}. */
    public int endVisibleRoom(double x, double width) {
        if (width <= 0 || roomCount == 0) {
            return firstVisibleRoom(x);
        }
        return Math.min(roomCount, (int) Math.ceil((x + width) / roomWidth));
    }

    public double firstVisibleMinute(double y) {
        return Math.max(0, minuteAt(y));
    }

    public double endVisibleMinute(double y, double height) {
        return Math.min(range.minutes(), minuteAt(y + height));
    }

    /** The drawn height of a block: its duration, but never less than {@link #minBlockHeight}. */
    public double blockHeight(double startMinute, double endMinute) {
        return Math.max(minBlockHeight, (endMinute - startMinute) * pixelsPerMinute);
    }

    /** The minimum block height expressed in minutes at this zoom. */
    public double minBlockMinutes() {
        return minBlockHeight / pixelsPerMinute;
    }

    /** The minute a block is drawn down to, counting the minimum height. */
    public double visualEndMinute(double startMinute, double endMinute) {
        return Math.max(endMinute, startMinute + minBlockMinutes());
    }

    /** Minutes between time labels: the finest of 15, 30, 60, 120, 180 that keeps labels apart. */
    public int labelStepMinutes() {
        for (int step : LABEL_STEPS) {
            double needed = step < 60 ? MIN_SUBHOUR_LABEL_SPACING : MIN_LABEL_SPACING;
            if (step * pixelsPerMinute >= needed) {
                return step;
            }
        }
        return LABEL_STEPS[LABEL_STEPS.length - 1];
    }

    /** The largest scroll offset that still fills a viewport of {@code extent} with content. */
    public static double maxScroll(double content, double extent) {
        return Math.max(0, content - extent);
    }

    /**
     * The scroll offset that brings {@code [from, to)} into a viewport at {@code scroll} of {@code extent},
     * moving as little as possible; a span longer than the viewport is aligned at its start.
     */
    public static double scrollToShow(double scroll, double extent, double from, double to, double margin) {
        double lo = from - margin;
        double hi = to + margin;
        if (hi - lo > extent || lo < scroll) {
            return lo;
        }
        if (hi > scroll + extent) {
            return hi - extent;
        }
        return scroll;
    }

    private int clampRoom(int room) {
        return Math.max(0, Math.min(room, roomCount));
    }
}
