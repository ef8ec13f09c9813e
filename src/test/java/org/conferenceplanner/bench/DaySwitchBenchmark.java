package org.conferenceplanner.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.ui.grid.DayLayout;
import org.conferenceplanner.ui.grid.GridDay;
import org.conferenceplanner.ui.grid.GridGeometry;
import org.conferenceplanner.ui.grid.GridWorkloads;
import org.conferenceplanner.ui.grid.SessionBlock;
import org.conferenceplanner.ui.grid.SyntheticDays;
import org.conferenceplanner.ui.grid.VisibleCells;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The grid's two hot paths on a 60-room, 2,000-session day, before any node is touched: a day switch
 * (lane layout of the whole day plus the first viewport's visible cells; target at most 50 ms) and
 * one scroll step (the visible cells of a 1200 × 720 viewport moved by a wheel step; target at most
 * 2 ms), at the default zoom (2 px/min) and room width (160 px). Sampled, so percentiles show.
 * Days: {@code synthetic} (the grid's own seeded random day) and {@code replicated} (real room-days of
 * the generated program stacked into 60 columns, see {@link ReplicatedDay}). Baselines in the same
 * run: sorting the day's sessions by start (the least a day switch can do), and a scan of every block
 * for the viewport (what the per-room index saves).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class DaySwitchBenchmark {

    static final double ZOOM = 2;
    static final double ROOM_WIDTH = 160;
    /** One mouse-wheel notch. */
    static final double STEP = 40;

    @Param({"synthetic", "replicated"})
    public String day;

    @Param({"2000"})
    public int sessions;

    private GridDay gridDay;
    private DayLayout layout;
    private GridGeometry geometry;
    private VisibleCells cells;
    private double x;
    private double y;

    @Setup(Level.Trial)
    public void prepare() {
        int rooms = 60;
        gridDay = day.equals("synthetic") ? SyntheticDays.generate(2012, rooms, sessions)
                : ReplicatedDay.of(GeneratedPrograms.load(sessions), rooms, sessions);
        layout = DayLayout.of(gridDay);
        if (layout.size() != sessions) {
            throw new IllegalStateException("the day places " + layout.size() + " of " + sessions + " sessions");
        }
        geometry = GridWorkloads.geometry(layout, ZOOM, ROOM_WIDTH);
        cells = new VisibleCells(layout);
        for (int i = 0; i < 200; i++) {
            nextViewport();
            if (scanAllBlocks() != GridWorkloads.scrollStep(cells, geometry, x, y)) {
                throw new IllegalStateException("the baseline scan and VisibleCells disagree at " + x + ", " + y);
            }
        }
    }

    @Benchmark
    public int daySwitch() {
        return GridWorkloads.daySwitch(gridDay, ZOOM, ROOM_WIDTH);
    }

    @Benchmark
    public List<Session> daySwitchBaselineSortByStart() {
        List<Session> sorted = new ArrayList<>(gridDay.sessions());
        sorted.sort(Session.BY_START);
        return sorted;
    }

    /** Down one step at a time; at the bottom, one viewport to the right and back to the top. */
    @Benchmark
    public int scrollStep() {
        nextViewport();
        return GridWorkloads.scrollStep(cells, geometry, x, y);
    }

    @Benchmark
    public int scrollStepBaselineScanAllBlocks() {
        nextViewport();
        return scanAllBlocks();
    }

    private int scanAllBlocks() {
        double top = geometry.minuteAt(y);
        double bottom = geometry.minuteAt(y + GridWorkloads.VIEWPORT_HEIGHT);
        int n = 0;
        for (int i = 0; i < layout.size(); i++) {
            SessionBlock b = layout.block(i);
            double laneWidth = ROOM_WIDTH / b.laneCount();
            double left = b.room() * ROOM_WIDTH + b.lane() * laneWidth;
            double end = Math.max(b.endMinute(), b.startMinute() + geometry.minBlockMinutes());
            if (b.startMinute() < bottom && end > top && left < x + GridWorkloads.VIEWPORT_WIDTH && left + laneWidth > x) {
                n++;
            }
        }
        return n;
    }

    private void nextViewport() {
        y += STEP;
        if (y + GridWorkloads.VIEWPORT_HEIGHT > geometry.contentHeight()) {
            y = 0;
            x += GridWorkloads.VIEWPORT_WIDTH;
            if (x >= geometry.contentWidth()) {
                x = 0;
            }
        }
    }
}
