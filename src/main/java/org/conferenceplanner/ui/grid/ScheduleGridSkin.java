package org.conferenceplanner.ui.grid;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.Region;
import org.conferenceplanner.domain.Session;

/**
 * The look of {@link ScheduleGrid}: a corner with the axis titles, the sticky room header, the sticky
 * time axes (conference zone beside the body, the optional second zone outside it), the scrolling
 * {@link GridBody} and two scroll bars. Scroll offsets are the scroll bars' values, in content pixels.
 * Keys and the wheel are handled by {@link GridInput}. FX thread only.
 */
final class ScheduleGridSkin extends SkinBase<ScheduleGrid> {

    static final double MIN_BLOCK_HEIGHT = 14;
    /** Axis titles wrap rather than widen an axis beyond this. */
    static final double MAX_AXIS_WIDTH = 104;
    private static final double SCROLL_MARGIN_X = 8;
    private static final double SCROLL_MARGIN_Y = 24;
    /** Room header, an hour of sessions and the scroll bar. */
    private static final double MIN_BODY_HEIGHT = 160;

    private final ZoneLabels zoneLabels;
    private final GridBody body;
    private final RoomHeader header = new RoomHeader();
    private final TimeAxis primaryAxis;
    private final TimeAxis secondAxis;
    private final Region corner = new Region();
    private final Label primaryTitle = new Label();
    private final Label secondTitle = new Label();
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final SetChangeListener<String> idsChanged = change -> refreshStates();
    private final GridInput input;
    private DayLayout layout = DayLayout.of(null);
    private GridGeometry geometry;
    private Session pendingScroll;
    private double zoomAnchor = Double.NaN;

    ScheduleGridSkin(ScheduleGrid grid) {
        super(grid);
        zoneLabels = new ZoneLabels(grid.getLocale());
        body = new GridBody(grid, new SessionTexts(grid.getLocale()));
        primaryAxis = new TimeAxis(zoneLabels, "primary-axis");
        secondAxis = new TimeAxis(zoneLabels, GridStyles.SECOND_AXIS);
        corner.getStyleClass().add(GridStyles.CORNER);
        for (Label title : List.of(primaryTitle, secondTitle)) {
            title.getStyleClass().add(GridStyles.AXIS_TITLE);
            title.setWrapText(true);
            title.setManaged(false);
        }
        secondTitle.getStyleClass().add(GridStyles.SECOND_AXIS);
        hbar.setOrientation(Orientation.HORIZONTAL);
        vbar.setOrientation(Orientation.VERTICAL);
        hbar.setUnitIncrement(24);
        vbar.setUnitIncrement(24);
        getChildren().addAll(body, primaryAxis, secondAxis, header, corner, primaryTitle, secondTitle, hbar, vbar);

        registerChangeListener(grid.dayProperty(), o -> dayChanged());
        registerChangeListener(grid.pixelsPerMinuteProperty(), o -> zoomChanged());
        registerChangeListener(grid.roomWidthProperty(), o -> rebuildGeometry());
        registerChangeListener(grid.selectedSessionProperty(), o -> selectionChanged());
        registerChangeListener(grid.focusedProperty(), o -> refreshStates());
        registerChangeListener(grid.secondZoneProperty(), o -> zonesChanged());
        registerChangeListener(grid.nowProperty(), o -> body.setNow(grid.getNow()));
        registerChangeListener(grid.categoryOfProperty(), o -> body.refreshCategories());
        registerChangeListener(grid.colourClassOfProperty(), o -> body.refreshCategories());
        registerChangeListener(hbar.valueProperty(), o -> applyScroll());
        registerChangeListener(vbar.valueProperty(), o -> applyScroll());
        grid.getPlannedIds().addListener(idsChanged);
        grid.getMaybeIds().addListener(idsChanged);
        grid.getConflictIds().addListener(idsChanged);
        grid.getMatchIds().addListener(idsChanged);
        input = new GridInput(grid, this);
        dayChanged();
        Session requested = grid.takePendingScroll();
        if (requested != null) {
            scrollTo(requested);
        }
    }

    @Override
    public void dispose() {
        ScheduleGrid grid = getSkinnable();
        if (grid == null) {
            return;
        }
        grid.getPlannedIds().removeListener(idsChanged);
        grid.getMaybeIds().removeListener(idsChanged);
        grid.getConflictIds().removeListener(idsChanged);
        grid.getMatchIds().removeListener(idsChanged);
        input.dispose();
        super.dispose();
    }

    // --- what GridInput and the control call --------------------------------------------------------

    DayLayout layout() {
        return layout;
    }

    GridBody body() {
        return body;
    }

    /** Brings a session's block into view, moving as little as possible. */
    void scrollTo(Session session) {
        int i = layout.indexOf(session);
        if (i < 0) {
            return;
        }
        if (geometry == null || body.getWidth() <= 0 || body.getHeight() <= 0) {
            pendingScroll = session;
            getSkinnable().requestLayout();
            return;
        }
        SessionBlock b = layout.block(i);
        double x = b.x(geometry.roomWidth());
        double y = geometry.y(b.startMinute());
        hbar.setValue(clamp(hbar, GridGeometry.scrollToShow(hbar.getValue(), body.getWidth(), x,
                x + b.laneWidth(geometry.roomWidth()), SCROLL_MARGIN_X)));
        vbar.setValue(clamp(vbar, GridGeometry.scrollToShow(vbar.getValue(), body.getHeight(), y,
                y + geometry.blockHeight(b.startMinute(), b.endMinute()), SCROLL_MARGIN_Y)));
    }

    void scrollBy(double dx, double dy) {
        hbar.setValue(clamp(hbar, hbar.getValue() + dx));
        vbar.setValue(clamp(vbar, vbar.getValue() + dy));
    }

    /** Zooms to {@code pixelsPerMinute} keeping the time at {@code anchorY} (viewport pixels) in place. */
    void zoomTo(double pixelsPerMinute, double anchorY) {
        double target = ScheduleGrid.clampZoom(pixelsPerMinute);
        if (target != getSkinnable().getPixelsPerMinute()) {
            zoomAnchor = anchorY;
            getSkinnable().setPixelsPerMinute(target);
        }
    }

    @Override
    protected Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        Session selected = getSkinnable().getSelectedSession();
        return switch (attribute) {
            case FOCUS_ITEM -> selected == null ? null : body.cellOf(selected);
            case SELECTED_ITEMS -> {
                SessionCell cell = selected == null ? null : body.cellOf(selected);
                ObservableList<SessionCell> items = FXCollections.observableArrayList();
                if (cell != null) {
                    items.add(cell);
                }
                yield items;
            }
            case ITEM_COUNT -> layout.size();
            case ITEM_AT_INDEX -> {
                int i = (Integer) parameters[0];
                yield i >= 0 && i < layout.size() ? body.cellOf(layout.block(i).session()) : null;
            }
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }

    // --- reactions -----------------------------------------------------------------------------------

    /**
     * A new day starts at its top left (or at the selected session). The same day again (filters, hidden
     * rooms) keeps the view where it was: the same time at the top, the same room at the left.
     */
    private void dayChanged() {
        GridDay day = getSkinnable().getDay();
        boolean sameDay = geometry != null && day != null && layout.day() != null
                && layout.day().date().equals(day.date()) && layout.day().zone().equals(day.zone());
        Instant topTime = sameDay ? geometry.instantAt(vbar.getValue()) : null;
        int leftRoom = sameDay ? geometry.roomAt(hbar.getValue()) : -1;
        String leftRoomName = leftRoom >= 0 ? layout.rooms().get(leftRoom) : null;
        double intoRoom = leftRoom >= 0 ? hbar.getValue() - geometry.x(leftRoom) : 0;

        layout = DayLayout.of(day);
        body.setLayout(layout);
        header.setRooms(layout.rooms());
        primaryAxis.setZone(day == null ? null : day.zone());
        zonesChanged();
        rebuildGeometry();
        if (sameDay) {
            int room = leftRoomName == null ? -1 : layout.rooms().indexOf(leftRoomName);
            hbar.setValue(clamp(hbar, room >= 0 ? geometry.x(room) + intoRoom : hbar.getValue()));
            vbar.setValue(clamp(vbar, geometry.y(topTime)));
            return;
        }
        hbar.setValue(0);
        vbar.setValue(0);
        Session selected = getSkinnable().getSelectedSession();
        if (selected != null) {
            scrollTo(selected);
        }
    }

    private void zonesChanged() {
        GridDay day = getSkinnable().getDay();
        ZoneId second = getSkinnable().getSecondZone();
        boolean showSecond = day != null && second != null;
        secondAxis.setZone(showSecond ? second : null);
        secondAxis.setVisible(showSecond);
        secondTitle.setVisible(showSecond);
        primaryTitle.setText(day == null ? "" : axisTitle(day.zone()));
        secondTitle.setText(showSecond ? axisTitle(second) : "");
        getSkinnable().requestLayout();
    }

    private String axisTitle(ZoneId zone) {
        return zoneLabels.axisTitle(zone, layout.range().start(), layout.range().end());
    }

    /** Keeps the time under the zoom anchor (the viewport's middle unless the wheel gave one) in place. */
    private void zoomChanged() {
        double anchor = Double.isNaN(zoomAnchor) ? body.getHeight() / 2 : zoomAnchor;
        zoomAnchor = Double.NaN;
        double minute = geometry == null ? 0 : (vbar.getValue() + anchor) / geometry.pixelsPerMinute();
        rebuildGeometry();
        vbar.setValue(clamp(vbar, geometry.y(minute) - anchor));
    }

    private void rebuildGeometry() {
        ScheduleGrid grid = getSkinnable();
        geometry = new GridGeometry(layout.range(), layout.roomCount(), ScheduleGrid.clampZoom(grid.getPixelsPerMinute()),
                Math.max(24, grid.getRoomWidth()), MIN_BLOCK_HEIGHT);
        header.setGeometry(geometry);
        primaryAxis.setGeometry(geometry);
        secondAxis.setGeometry(geometry);
        updateBars();
        body.setGeometry(geometry);
        body.setNow(grid.getNow());
        applyScroll();
    }

    private void selectionChanged() {
        refreshStates();
        Session selected = getSkinnable().getSelectedSession();
        if (selected != null) {
            scrollTo(selected);
        }
        getSkinnable().notifyAccessibleAttributeChanged(AccessibleAttribute.FOCUS_ITEM);
    }

    private void refreshStates() {
        body.refreshStates();
    }

    private void applyScroll() {
        double x = hbar.getValue();
        double y = vbar.getValue();
        body.scrollTo(x, y);
        header.scrollTo(x);
        primaryAxis.scrollTo(y);
        secondAxis.scrollTo(y);
    }

    private void updateBars() {
        if (geometry == null) {
            return;
        }
        setRange(hbar, geometry.contentWidth(), body.getWidth());
        setRange(vbar, geometry.contentHeight(), body.getHeight());
    }

    private static void setRange(ScrollBar bar, double content, double extent) {
        double max = GridGeometry.maxScroll(content, Math.max(0, extent));
        bar.setMax(max);
        bar.setVisibleAmount(content <= 0 ? max : max * Math.min(1, extent / content));
        bar.setBlockIncrement(Math.max(bar.getUnitIncrement(), extent * 0.9));
        bar.setDisable(max <= 0);
        bar.setValue(clamp(bar, bar.getValue()));
    }

    private static double clamp(ScrollBar bar, double value) {
        return Math.max(bar.getMin(), Math.min(bar.getMax(), value));
    }

    // --- layout --------------------------------------------------------------------------------------

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        boolean showSecond = secondAxis.isVisible();
        double primaryWidth = axisWidth(primaryAxis, primaryTitle);
        double secondWidth = showSecond ? axisWidth(secondAxis, secondTitle) : 0;
        double axesWidth = primaryWidth + secondWidth;
        double headerHeight = snapSizeY(Math.max(header.prefHeight(-1), Math.max(
                primaryTitle.prefHeight(primaryWidth), showSecond ? secondTitle.prefHeight(secondWidth) : 0)));
        double vbarWidth = snapSizeX(vbar.prefWidth(-1));
        double hbarHeight = snapSizeY(hbar.prefHeight(-1));
        double bodyWidth = Math.max(0, w - axesWidth - vbarWidth);
        double bodyHeight = Math.max(0, h - headerHeight - hbarHeight);
        double bodyX = x + axesWidth;
        double bodyY = y + headerHeight;

        corner.resizeRelocate(x, y, axesWidth, headerHeight);
        secondTitle.resizeRelocate(x, y, secondWidth, headerHeight);
        primaryTitle.resizeRelocate(x + secondWidth, y, primaryWidth, headerHeight);
        header.resizeRelocate(bodyX, y, bodyWidth, headerHeight);
        secondAxis.resizeRelocate(x, bodyY, secondWidth, bodyHeight);
        primaryAxis.resizeRelocate(x + secondWidth, bodyY, primaryWidth, bodyHeight);
        body.resizeRelocate(bodyX, bodyY, bodyWidth, bodyHeight);
        vbar.resizeRelocate(bodyX + bodyWidth, bodyY, vbarWidth, bodyHeight);
        hbar.resizeRelocate(bodyX, bodyY + bodyHeight, bodyWidth, hbarHeight);

        updateBars();
        applyScroll();
        if (pendingScroll != null && bodyWidth > 0 && bodyHeight > 0) {
            Session s = pendingScroll;
            pendingScroll = null;
            scrollTo(s);
        }
    }

    private double axisWidth(TimeAxis axis, Label title) {
        double clock = axis.prefWidth(-1);
        return snapSizeX(Math.max(clock, Math.min(MAX_AXIS_WIDTH, title.prefWidth(-1))));
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + right + 640;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + 480;
    }

    /**
     * The body scrolls, so the grid can be short. Without this its minimum is the children's (about
     * 630 px), and on a 1280 x 800 laptop with the notice strip showing, the window's bottom (the
     * planner's buttons) was pushed off the screen.
     */
    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + MIN_BODY_HEIGHT;
    }
}
