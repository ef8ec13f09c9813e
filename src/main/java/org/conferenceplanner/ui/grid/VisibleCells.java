package org.conferenceplanner.ui.grid;

/**
 * Which blocks of a {@link DayLayout} intersect a viewport rectangle, in content pixels.
 *
 * <p>Only the room columns under the viewport are searched, and inside each room two binary searches
 * bound the blocks by time: the last candidate is the last block starting above the viewport's bottom;
 * the first is the first whose running maximum end (or whose minimum-height end) reaches below the
 * viewport's top. The result goes into one buffer sized for the whole day when this object is made, so
 * a scroll step allocates nothing. Blocks come out room by room, each room in time order.
 *
 * <p>Not thread-safe: one instance per grid, used on the FX thread (or by one benchmark thread).
 */
public final class VisibleCells {

    private final DayLayout layout;
    private final int[] found;
    private int count;

    public VisibleCells(DayLayout layout) {
        this.layout = layout;
        this.found = new int[layout.size()];
    }

    public DayLayout layout() {
        return layout;
    }

    /**
     * Finds the blocks intersecting {@code [x, x + width) × [y, y + height)} and returns how many there
     * are; read them with {@link #get}.
     */
    public int update(GridGeometry geometry, double x, double y, double width, double height) {
        count = 0;
        if (width <= 0 || height <= 0 || layout.size() == 0) {
            return 0;
        }
        double top = geometry.minuteAt(y);
        double bottom = geometry.minuteAt(y + height);
        double minMinutes = geometry.minBlockMinutes();
        double roomWidth = geometry.roomWidth();
        double right = x + width;
        int lastRoom = Math.min(geometry.endVisibleRoom(x, width), layout.roomCount());
        for (int r = geometry.firstVisibleRoom(x); r < lastRoom; r++) {
            int from = layout.roomStart(r);
            int to = layout.roomEnd(r);
            if (from == to) {
                continue;
            }
            int end = firstStartAtOrAfter(from, to, bottom);
            int begin = Math.min(firstMaxEndAfter(from, end, top), firstStartAfter(from, end, top - minMinutes));
            double roomX = r * roomWidth;
            for (int i = begin; i < end; i++) {
                double s = layout.startMinute(i);
                if (Math.max(layout.endMinute(i), s + minMinutes) <= top) {
                    continue;
                }
                SessionBlock b = layout.block(i);
                double laneWidth = roomWidth / b.laneCount();
                double left = roomX + b.lane() * laneWidth;
                if (left < right && left + laneWidth > x) {
                    found[count++] = i;
                }
            }
        }
        return count;
    }

    public int count() {
        return count;
    }

    /** The block index of the {@code i}-th visible block, {@code 0 <= i < count()}. */
    public int get(int i) {
        if (i >= count) {
            throw new IndexOutOfBoundsException(i + " of " + count);
        }
        return found[i];
    }

    private int firstStartAtOrAfter(int from, int to, double minute) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (layout.startMinute(mid) < minute) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int firstStartAfter(int from, int to, double minute) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (layout.startMinute(mid) <= minute) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int firstMaxEndAfter(int from, int to, double minute) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (layout.maxEndUpTo(mid) <= minute) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
