package org.conferenceplanner.ui.grid;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.conferenceplanner.domain.Session;

/**
 * Side-by-side lanes for sessions that overlap in one room.
 *
 * <p>Sessions sorted by start (then end) are swept into clusters: maximal runs in which each session
 * overlaps the cluster so far. Inside a cluster each session takes the first lane that is free at its
 * start, opening a new lane when none is; every session of the cluster then shares the cluster's lane
 * count, so widths line up. Touching sessions (one ends as the next starts) do not overlap. A session
 * shorter than the minimum duration counts as that long, so zero-length sessions at one time do not
 * stack on top of each other. The idea is CalendarFX's time-bounds overlap layout, written over plain
 * arrays. Stateless.
 */
public final class LaneLayout {

    /** Lane of one session among {@code laneCount} lanes. */
    public record Placement(Session session, int lane, int laneCount) {
    }

    private LaneLayout() {
    }

    /**
     * Lanes for the sessions of one room, in the order given (any order; unscheduled sessions are not
     * allowed).
     */
    public static List<Placement> place(List<Session> roomSessions, Duration minimumDuration) {
        int n = roomSessions.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> roomSessions.get(i), DayLayout.BLOCK_ORDER));
        double[] start = new double[n];
        double[] end = new double[n];
        long origin = n == 0 ? 0 : roomSessions.get(order[0]).start().getEpochSecond();
        for (int k = 0; k < n; k++) {
            Session s = roomSessions.get(order[k]);
            start[k] = (s.start().getEpochSecond() - origin) / 60.0;
            end[k] = (s.end().getEpochSecond() - origin) / 60.0;
        }
        int[] lane = new int[n];
        int[] count = new int[n];
        place(start, end, 0, n, minimumDuration.toSeconds() / 60.0, lane, count);
        Placement[] result = new Placement[n];
        for (int k = 0; k < n; k++) {
            result[order[k]] = new Placement(roomSessions.get(order[k]), lane[k], count[k]);
        }
        return new ArrayList<>(Arrays.asList(result));
    }

    /**
     * The core on arrays: {@code start[from..to)} must be sorted ascending (ties by end). Writes each
     * index's lane and its cluster's lane count.
     */
    public static void place(double[] start, double[] end, int from, int to, double minimumMinutes,
                             int[] laneOut, int[] laneCountOut) {
        double[] laneEnds = new double[8];
        int i = from;
        while (i < to) {
            int lanes = 0;
            double clusterEnd = Double.NEGATIVE_INFINITY;
            int j = i;
            while (j < to && (j == i || start[j] < clusterEnd)) {
                double effectiveEnd = Math.max(end[j], start[j] + minimumMinutes);
                int free = 0;
                while (free < lanes && laneEnds[free] > start[j]) {
                    free++;
                }
                if (free == lanes) {
                    if (lanes == laneEnds.length) {
                        laneEnds = Arrays.copyOf(laneEnds, lanes * 2);
                    }
                    lanes++;
                }
                laneEnds[free] = effectiveEnd;
                laneOut[j] = free;
                clusterEnd = Math.max(clusterEnd, effectiveEnd);
                j++;
            }
            Arrays.fill(laneCountOut, i, j, lanes);
            i = j;
        }
    }
}
