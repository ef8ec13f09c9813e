package org.conferenceplanner.ui.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conferenceplanner.domain.Session;

/**
 * A grid day laid out once, independent of zoom and window size: every block with its room, lane and
 * minutes, sorted by room and then by time, with the per-room index {@link VisibleCells} searches.
 *
 * <p>Blocks {@code roomStart(r) .. roomEnd(r)-1} are room {@code r}'s in time order (start, end, id).
 * {@link #maxEndUpTo} is the running maximum of block ends inside a room, which lets a viewport's first
 * block be found by binary search even when long sessions overlap short ones. Building one costs a sort
 * and a sweep; switching days builds a new one. Immutable, safe to share between threads.
 */
public final class DayLayout {

    /** Blocks shorter than this count as this long when lanes are assigned. */
    public static final double MIN_LAYOUT_MINUTES = 10;

    /** The order of blocks inside one room: start, end, id (a total order, so layouts are repeatable). */
    static final Comparator<Session> BLOCK_ORDER = Comparator.comparing(Session::start)
            .thenComparing(Session::end)
            .thenComparing(Session::id);

    private final GridDay day;
    private final DayTimeRange range;
    private final List<String> rooms;
    private final SessionBlock[] blocks;
    private final int[] roomStart;
    private final double[] startMinute;
    private final double[] endMinute;
    private final double[] maxEndUpTo;
    private final Map<String, Integer> indexById;

    private DayLayout(GridDay day, DayTimeRange range, List<String> rooms, SessionBlock[] blocks, int[] roomStart) {
        this.day = day;
        this.range = range;
        this.rooms = rooms;
        this.blocks = blocks;
        this.roomStart = roomStart;
        int n = blocks.length;
        startMinute = new double[n];
        endMinute = new double[n];
        maxEndUpTo = new double[n];
        indexById = new HashMap<>(n * 2);
        for (int r = 0; r < rooms.size(); r++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = roomStart[r]; i < roomStart[r + 1]; i++) {
                startMinute[i] = blocks[i].startMinute();
                endMinute[i] = blocks[i].endMinute();
                max = Math.max(max, endMinute[i]);
                maxEndUpTo[i] = max;
                indexById.put(blocks[i].session().id(), i);
            }
        }
    }

    /** The layout of a day; {@code null} gives an empty layout with no rooms. */
    public static DayLayout of(GridDay day) {
        if (day == null) {
            return new DayLayout(null, new DayTimeRange(java.time.Instant.EPOCH, 60), List.of(),
                    new SessionBlock[0], new int[1]);
        }
        List<String> rooms = day.rooms();
        Map<String, Integer> roomIndex = new HashMap<>(rooms.size() * 2);
        for (int r = 0; r < rooms.size(); r++) {
            roomIndex.put(rooms.get(r), r);
        }
        List<List<Session>> perRoom = new ArrayList<>(rooms.size());
        for (int r = 0; r < rooms.size(); r++) {
            perRoom.add(new ArrayList<>());
        }
        List<Session> placed = new ArrayList<>(day.sessions().size());
        for (Session s : day.sessions()) {
            Integer r = roomIndex.get(s.room());
            if (s.isScheduled() && r != null) {
                perRoom.get(r).add(s);
                placed.add(s);
            }
        }
        DayTimeRange range = DayTimeRange.of(day.date(), day.zone(), placed);
        SessionBlock[] blocks = new SessionBlock[placed.size()];
        int[] roomStart = new int[rooms.size() + 1];
        double[] start = new double[placed.size()];
        double[] end = new double[placed.size()];
        int[] lane = new int[placed.size()];
        int[] laneCount = new int[placed.size()];
        int at = 0;
        for (int r = 0; r < rooms.size(); r++) {
            roomStart[r] = at;
            List<Session> sessions = perRoom.get(r);
            sessions.sort(BLOCK_ORDER);
            for (int k = 0; k < sessions.size(); k++) {
                start[at + k] = range.minuteOf(sessions.get(k).start());
                end[at + k] = range.minuteOf(sessions.get(k).end());
            }
            LaneLayout.place(start, end, at, at + sessions.size(), MIN_LAYOUT_MINUTES, lane, laneCount);
            for (Session s : sessions) {
                blocks[at] = new SessionBlock(s, r, lane[at], laneCount[at], start[at], end[at]);
                at++;
            }
        }
        roomStart[rooms.size()] = at;
        return new DayLayout(day, range, rooms, blocks, roomStart);
    }

    /** The day laid out, or null for the empty layout. */
    public GridDay day() {
        return day;
    }

    public DayTimeRange range() {
        return range;
    }

    public List<String> rooms() {
        return rooms;
    }

    public int roomCount() {
        return rooms.size();
    }

    public int size() {
        return blocks.length;
    }

    public SessionBlock block(int index) {
        return blocks[index];
    }

    /** The block index of a session, or -1 when it is not placed on this day. */
    public int indexOf(String sessionId) {
        Integer i = sessionId == null ? null : indexById.get(sessionId);
        return i == null ? -1 : i;
    }

    public int indexOf(Session session) {
        return session == null ? -1 : indexOf(session.id());
    }

    public int roomStart(int room) {
        return roomStart[room];
    }

    public int roomEnd(int room) {
        return roomStart[room + 1];
    }

    public double startMinute(int index) {
        return startMinute[index];
    }

    public double endMinute(int index) {
        return endMinute[index];
    }

    /** The largest end of the blocks from the room's first up to {@code index}, inclusive. */
    public double maxEndUpTo(int index) {
        return maxEndUpTo[index];
    }
}
