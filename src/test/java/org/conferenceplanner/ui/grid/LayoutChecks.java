package org.conferenceplanner.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants every laid-out day must keep, checked on synthetic and real days alike. */
final class LayoutChecks {

    private LayoutChecks() {
    }

    /**
     * Within a room no two blocks of one lane overlap, overlapping blocks share their cluster's lane
     * count, and lanes are inside it. Returns the most lanes any cluster needed.
     */
    static int assertLanesHold(DayLayout layout) {
        int maxLanes = 0;
        for (int r = 0; r < layout.roomCount(); r++) {
            for (int i = layout.roomStart(r); i < layout.roomEnd(r); i++) {
                SessionBlock a = layout.block(i);
                assertThat(a.room()).isEqualTo(r);
                assertThat(a.lane()).isBetween(0, a.laneCount() - 1);
                maxLanes = Math.max(maxLanes, a.laneCount());
                for (int j = i + 1; j < layout.roomEnd(r); j++) {
                    SessionBlock b = layout.block(j);
                    if (overlaps(a, b)) {
                        assertThat(a.lane()).as("%s and %s overlap", a.session().id(), b.session().id())
                                .isNotEqualTo(b.lane());
                        assertThat(a.laneCount()).as("overlapping blocks are in one cluster").isEqualTo(b.laneCount());
                    }
                }
            }
        }
        return maxLanes;
    }

    private static boolean overlaps(SessionBlock a, SessionBlock b) {
        double aEnd = Math.max(a.endMinute(), a.startMinute() + DayLayout.MIN_LAYOUT_MINUTES);
        double bEnd = Math.max(b.endMinute(), b.startMinute() + DayLayout.MIN_LAYOUT_MINUTES);
        return a.startMinute() < bEnd && b.startMinute() < aEnd;
    }
}
