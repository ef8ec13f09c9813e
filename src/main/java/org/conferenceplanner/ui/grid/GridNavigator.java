package org.conferenceplanner.ui.grid;

/**
 * Where the arrow keys move the selection in a laid-out day: up and down to the previous or next
 * session in the same room by time; left and right to the neighbouring lane of the same room when one
 * runs at the same time, otherwise to the nearest room in that direction that has sessions, picking the
 * session nearest in time (overlapping first, then the closest start, then the nearest lane). Stateless.
 */
public final class GridNavigator {

    /** An arrow key. */
    public enum Direction { UP, DOWN, LEFT, RIGHT }

    private GridNavigator() {
    }

    /** The block to select after moving from {@code from} (-1: nothing selected); {@code from} when there is none. */
    public static int move(DayLayout layout, int from, Direction direction) {
        if (layout.size() == 0) {
            return -1;
        }
        if (from < 0 || from >= layout.size()) {
            return 0;
        }
        SessionBlock b = layout.block(from);
        return switch (direction) {
            case UP -> from > layout.roomStart(b.room()) ? from - 1 : from;
            case DOWN -> from + 1 < layout.roomEnd(b.room()) ? from + 1 : from;
            case LEFT -> sideways(layout, from, -1);
            case RIGHT -> sideways(layout, from, +1);
        };
    }

    private static int sideways(DayLayout layout, int from, int step) {
        SessionBlock b = layout.block(from);
        int lane = b.lane() + step;
        if (lane >= 0 && lane < b.laneCount()) {
            int inRoom = nearest(layout, b, b.room(), lane);
            if (inRoom >= 0) {
                return inRoom;
            }
        }
        for (int r = b.room() + step; r >= 0 && r < layout.roomCount(); r += step) {
            if (layout.roomEnd(r) > layout.roomStart(r)) {
                return nearest(layout, b, r, -1);
            }
        }
        return from;
    }

    /**
     * The block of room {@code room} nearest in time to {@code b}; with {@code lane >= 0} only blocks of
     * that lane that overlap {@code b} count (a lane step stays beside {@code b}).
     */
    private static int nearest(DayLayout layout, SessionBlock b, int room, int lane) {
        double bEnd = effectiveEnd(b);
        int best = -1;
        double bestGap = Double.MAX_VALUE;
        double bestStartDiff = Double.MAX_VALUE;
        int bestLaneDiff = Integer.MAX_VALUE;
        for (int i = layout.roomStart(room); i < layout.roomEnd(room); i++) {
            SessionBlock c = layout.block(i);
            if (c.session().id().equals(b.session().id())) {
                continue;
            }
            double gap = Math.max(0, Math.max(b.startMinute(), c.startMinute()) - Math.min(bEnd, effectiveEnd(c)));
            if (lane >= 0 && (c.lane() != lane || gap > 0)) {
                continue;
            }
            double startDiff = Math.abs(c.startMinute() - b.startMinute());
            int laneDiff = lane >= 0 ? 0 : laneDistance(b, c);
            if (gap < bestGap || gap == bestGap && (startDiff < bestStartDiff
                    || startDiff == bestStartDiff && laneDiff < bestLaneDiff)) {
                best = i;
                bestGap = gap;
                bestStartDiff = startDiff;
                bestLaneDiff = laneDiff;
            }
        }
        return best;
    }

    /** Lanes between two blocks of different rooms, counted from the side facing {@code b}. */
    private static int laneDistance(SessionBlock b, SessionBlock c) {
        return c.room() < b.room() ? c.laneCount() - 1 - c.lane() : c.lane();
    }

    private static double effectiveEnd(SessionBlock b) {
        return Math.max(b.endMinute(), b.startMinute() + DayLayout.MIN_LAYOUT_MINUTES);
    }
}
