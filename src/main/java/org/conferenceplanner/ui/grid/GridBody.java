package org.conferenceplanner.ui.grid;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.VLineTo;
import javafx.util.Duration;
import org.conferenceplanner.domain.Session;

/**
 * The scrolling part of the grid: grid lines, the session cells and the now-line, inside a clipped
 * viewport. Content is positioned in day coordinates and moved by translation, so a scroll step only
 * culls: cells of blocks that left the viewport go back to the pool, blocks that entered take a pooled
 * cell (or a new one when the pool is empty). The pool is trimmed so that hidden cells never outnumber
 * half the visible ones by much. FX thread only.
 */
final class GridBody extends Region {

    /** Pooled cells kept beyond what the viewport shows, at least. */
    private static final int SPARE_CELLS = 32;
    /** Half-hour lines are drawn only when they are at least this far apart. */
    private static final double MIN_MINOR_SPACING = 12;
    /** Narrower lanes cut their title with an ellipsis instead of wrapping it a few letters a line. */
    private static final double MIN_WRAP_WIDTH = 64;

    private final ScheduleGrid grid;
    private final SessionTexts texts;
    private final Pane content = new Pane();
    private final Path roomLines = new Path();
    private final Path minorLines = new Path();
    private final Path hourLines = new Path();
    private final Group cellLayer = new Group();
    private final Region nowLine = new Region();
    private final Rectangle clip = new Rectangle();
    /** One tooltip for all cells, telling the hovered one (cells cut their titles short). */
    private final Tooltip tooltip = new Tooltip();
    private final List<SessionCell> active = new ArrayList<>();
    private final ArrayDeque<SessionCell> free = new ArrayDeque<>();

    private DayLayout layout = DayLayout.of(null);
    private VisibleCells visible = new VisibleCells(layout);
    private SessionCell[] cellOf = new SessionCell[0];
    private int[] seen = new int[0];
    private int generation;
    private GridGeometry geometry;
    private double scrollX;
    private double scrollY;
    private boolean inLayout;

    GridBody(ScheduleGrid grid, SessionTexts texts) {
        this.grid = grid;
        this.texts = texts;
        getStyleClass().add(GridStyles.BODY);
        setClip(clip);
        roomLines.getStyleClass().add(GridStyles.ROOM_LINES);
        minorLines.getStyleClass().add(GridStyles.MINOR_LINES);
        hourLines.getStyleClass().add(GridStyles.HOUR_LINES);
        nowLine.getStyleClass().add(GridStyles.NOW_LINE);
        nowLine.setManaged(false);
        nowLine.setVisible(false);
        nowLine.setMouseTransparent(true);
        for (Path p : List.of(roomLines, minorLines, hourLines)) {
            p.setManaged(false);
            p.setMouseTransparent(true);
        }
        content.setManaged(false);
        cellLayer.setManaged(false);
        content.getChildren().addAll(roomLines, minorLines, hourLines, cellLayer, nowLine);
        getChildren().add(content);
        cellLayer.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onCellClicked);
        cellLayer.addEventHandler(MouseEvent.MOUSE_MOVED, this::onCellHovered);
        tooltip.setShowDelay(Duration.millis(600));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        Tooltip.install(cellLayer, tooltip);
    }

    void setLayout(DayLayout newLayout) {
        for (SessionCell cell : active) {
            cell.release();
            free.push(cell);
        }
        active.clear();
        layout = newLayout;
        visible = new VisibleCells(layout);
        cellOf = new SessionCell[layout.size()];
        seen = new int[layout.size()];
        generation = 0;
    }

    void setGeometry(GridGeometry g) {
        geometry = g;
        drawLines();
        for (SessionCell cell : active) {
            place(cell, cell.block());
        }
        refresh();
    }

    void scrollTo(double x, double y) {
        scrollX = x;
        scrollY = y;
        content.setTranslateX(-x);
        content.setTranslateY(-y);
        refresh();
    }

    /** Re-marks every visible cell (plan, conflicts, matches, selection or focus changed). */
    void refreshStates() {
        for (SessionCell cell : active) {
            mark(cell);
        }
    }

    /** Recolours every visible cell (the colour key function changed). */
    void refreshCategories() {
        for (SessionCell cell : active) {
            show(cell, cell.block());
        }
    }

    void setNow(Instant now) {
        if (geometry == null || now == null || layout.day() == null || !layout.range().contains(now)) {
            nowLine.setVisible(false);
            return;
        }
        double y = snapPositionY(geometry.y(now));
        nowLine.resizeRelocate(0, y - 1, geometry.contentWidth(), 2);
        nowLine.setVisible(true);
    }

    /** The cell showing a session, or null when it is not in view. */
    SessionCell cellOf(Session s) {
        int i = layout.indexOf(s);
        return i < 0 ? null : cellOf[i];
    }

    /** The cells in view, in no particular order. */
    List<SessionCell> visibleCells() {
        return List.copyOf(active);
    }

    /** The first visible block, room by room then by time, or -1. */
    int firstVisibleBlock() {
        return visible.count() == 0 ? -1 : visible.get(0);
    }

    @Override
    protected void layoutChildren() {
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        inLayout = true;
        try {
            refresh();
        } finally {
            inLayout = false;
        }
    }

    private void refresh() {
        if (geometry == null) {
            return;
        }
        int n = visible.update(geometry, scrollX, scrollY, getWidth(), getHeight());
        int gen = ++generation;
        for (int i = 0; i < n; i++) {
            seen[visible.get(i)] = gen;
        }
        for (int i = active.size() - 1; i >= 0; i--) {
            SessionCell cell = active.get(i);
            if (seen[cell.block()] != gen) {
                cellOf[cell.block()] = null;
                cell.release();
                free.push(cell);
                SessionCell last = active.remove(active.size() - 1);
                if (i < active.size()) {
                    active.set(i, last);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            int b = visible.get(i);
            if (cellOf[b] == null) {
                SessionCell cell = free.isEmpty() ? newCell() : free.pop();
                cellOf[b] = cell;
                active.add(cell);
                show(cell, b);
                place(cell, b);
                cell.setVisible(true);
                if (inLayout) {
                    cell.applyCss();
                }
            }
        }
        trimPool();
    }

    private SessionCell newCell() {
        SessionCell cell = new SessionCell();
        cellLayer.getChildren().add(cell);
        return cell;
    }

    private void trimPool() {
        int keep = Math.max(SPARE_CELLS, active.size() / 2);
        if (free.size() <= keep) {
            return;
        }
        List<SessionCell> drop = new ArrayList<>();
        while (free.size() > keep) {
            drop.add(free.pop());
        }
        cellLayer.getChildren().removeAll(drop);
    }

    private void show(SessionCell cell, int b) {
        Session s = layout.block(b).session();
        cell.show(b, s, texts.cellText(s), grid.categoryStyleClass(s));
        mark(cell);
    }

    private void mark(SessionCell cell) {
        Session s = cell.session();
        String id = s.id();
        boolean planned = grid.getPlannedIds().contains(id);
        boolean maybe = planned && grid.getMaybeIds().contains(id);
        boolean conflict = grid.getConflictIds().contains(id);
        boolean searching = !grid.getMatchIds().isEmpty();
        boolean match = searching && grid.getMatchIds().contains(id);
        Session selected = grid.getSelectedSession();
        boolean isSelected = selected != null && selected.id().equals(id);
        cell.mark(planned, maybe, conflict, match, searching && !match, isSelected, isSelected && grid.isFocused(),
                texts, layout.day().zone());
    }

    private void place(SessionCell cell, int b) {
        SessionBlock block = layout.block(b);
        double roomWidth = geometry.roomWidth();
        double left = snapPositionX(block.x(roomWidth));
        double right = snapPositionX(block.x(roomWidth) + block.laneWidth(roomWidth));
        double top = snapPositionY(geometry.y(block.startMinute()));
        double bottom = snapPositionY(geometry.y(block.startMinute())
                + geometry.blockHeight(block.startMinute(), block.endMinute()));
        cell.setWrapText(right - left >= MIN_WRAP_WIDTH);
        cell.resizeRelocate(left, top, right - left, bottom - top);
    }

    private void drawLines() {
        double width = geometry.contentWidth();
        double height = geometry.contentHeight();
        int minutes = geometry.range().minutes();
        List<PathElement> hours = new ArrayList<>();
        List<PathElement> halves = new ArrayList<>();
        boolean drawHalves = 30 * geometry.pixelsPerMinute() >= MIN_MINOR_SPACING;
        for (int m = 0; m <= minutes; m += 30) {
            double y = crisp(geometry.y(m));
            if (m % 60 == 0) {
                hours.add(new MoveTo(0, y));
                hours.add(new HLineTo(width));
            } else if (drawHalves) {
                halves.add(new MoveTo(0, y));
                halves.add(new HLineTo(width));
            }
        }
        List<PathElement> rooms = new ArrayList<>();
        for (int r = 0; r <= geometry.roomCount(); r++) {
            double x = crisp(geometry.x(r));
            rooms.add(new MoveTo(x, 0));
            rooms.add(new VLineTo(height));
        }
        hourLines.getElements().setAll(hours);
        minorLines.getElements().setAll(halves);
        roomLines.getElements().setAll(rooms);
        content.resize(width, height);
    }

    /** The middle of a device pixel, so a 1-pixel line is sharp. */
    private double crisp(double v) {
        return Math.floor(v) + 0.5;
    }

    private void onCellClicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        SessionCell cell = cellUnder(e.getTarget());
        if (cell == null || cell.session() == null) {
            return;
        }
        grid.requestFocus();
        grid.setSelectedSession(cell.session());
        if (e.getClickCount() == 2) {
            grid.fireEvent(new SessionEvent(SessionEvent.ACTIVATED, cell.session()));
        }
        e.consume();
    }

    private void onCellHovered(MouseEvent e) {
        SessionCell cell = cellUnder(e.getTarget());
        if (cell != null && cell.session() != null && !cell.getAccessibleText().equals(tooltip.getText())) {
            tooltip.setText(cell.getAccessibleText());
        }
    }

    /** For tests: the cells' shared tooltip. */
    Tooltip tooltip() {
        return tooltip;
    }

    private static SessionCell cellUnder(Object target) {
        Node n = target instanceof Node node ? node : null;
        while (n != null && !(n instanceof SessionCell)) {
            n = n.getParent();
        }
        return (SessionCell) n;
    }
}
