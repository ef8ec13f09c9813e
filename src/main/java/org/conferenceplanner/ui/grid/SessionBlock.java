package org.conferenceplanner.ui.grid;

import org.conferenceplanner.domain.Session;

/**
 * A session placed in a grid day: its room column, its lane among the sessions it overlaps in that room,
 * and its time in minutes from the day's range start (to the second). Immutable.
 *
 * @param lane      0-based lane inside its room column
 * @param laneCount lanes of its overlap cluster, at least {@code lane + 1}
 */
public record SessionBlock(Session session, int room, int lane, int laneCount, double startMinute,
                           double endMinute) {

    /** Left edge within the day's content, for a room column {@code roomWidth} wide. */
    public double x(double roomWidth) {
        return room * roomWidth + lane * laneWidth(roomWidth);
    }

    public double laneWidth(double roomWidth) {
        return roomWidth / laneCount;
    }
}
