package org.conferenceplanner.ui.grid;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ObjectPropertyBase;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.conferenceplanner.domain.Session;

/**
 * The day × room grid: rooms as columns, time running down, each session a block placed to the minute,
 * overlapping sessions of one room side by side in lanes. Only the blocks inside the viewport exist as
 * nodes (a pool of reused cells), so a 60-room day of 2,000 sessions stays a few hundred nodes.
 *
 * <p>The owner sets {@link #dayProperty() day} and the id sets ({@link #getPlannedIds() planned},
 * {@link #getConflictIds() conflict}, {@link #getMatchIds() match}); the grid reports the user's
 * actions through {@link #selectedSessionProperty() selectedSession} (two-way), {@link #onSessionActivatedProperty()
 * onSessionActivated} (Enter, double-click) and {@link #onTogglePlanProperty() onTogglePlan} (Space).
 * Appearance comes only from {@link #STYLESHEET}, which the grid keeps first in its scene's stylesheets
 * so that themes can override its {@code -cp-*} colour variables on {@code .root}.
 *
 * <p>FX thread only, like every control.
 */
public final class ScheduleGrid extends Control {

    /** The grid's stylesheet: structure, pseudo-classes and default colour variables on {@code .root}. */
    public static final String STYLESHEET = Objects.requireNonNull(ScheduleGrid.class.getResource("grid.css"),
            "grid.css").toExternalForm();

    public static final double MIN_ZOOM = 0.5;
    public static final double MAX_ZOOM = 8;
    public static final double DEFAULT_ZOOM = 2;
    /** Factor of one zoom step (a key press or a wheel notch with Ctrl). */
    public static final double ZOOM_STEP = 1.25;

    private final Locale locale;
    private final ObjectProperty<GridDay> day = new SimpleObjectProperty<>(this, "day");
    private final ObjectProperty<Session> selectedSession = new SimpleObjectProperty<>(this, "selectedSession");
    private final ObservableSet<String> plannedIds = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<String> conflictIds = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<String> maybeIds = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<String> matchIds = FXCollections.observableSet(new HashSet<>());
    private final DoubleProperty pixelsPerMinute = new SimpleDoubleProperty(this, "pixelsPerMinute", DEFAULT_ZOOM);
    private final DoubleProperty roomWidth = new SimpleDoubleProperty(this, "roomWidth", 160);
    private final ObjectProperty<ZoneId> secondZone = new SimpleObjectProperty<>(this, "secondZone");
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>(this, "now");
    private final ObjectProperty<Function<Session, String>> categoryOf =
            new SimpleObjectProperty<>(this, "categoryOf", ScheduleGrid::eventTypeOrTrack);
    private final ObjectProperty<Function<Session, String>> colourClassOf =
            new SimpleObjectProperty<>(this, "colourClassOf");
    private final ObjectProperty<EventHandler<SessionEvent>> onSessionActivated =
            handlerProperty("onSessionActivated", SessionEvent.ACTIVATED);
    private final ObjectProperty<EventHandler<SessionEvent>> onTogglePlan =
            handlerProperty("onTogglePlan", SessionEvent.TOGGLE_PLAN);
    private final ReadOnlyObjectWrapper<List<String>> legend = new ReadOnlyObjectWrapper<>(this, "legend", List.of());
    private final CategoryPalette palette = new CategoryPalette();
    private final FirstStylesheet stylesheet = new FirstStylesheet(STYLESHEET);
    private Session pendingScroll;

    /** A grid formatting times and dates in the default format locale. */
    public ScheduleGrid() {
        this(Locale.getDefault(Locale.Category.FORMAT));
    }

    public ScheduleGrid(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        getStyleClass().add(GridStyles.GRID);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        sceneProperty().addListener((obs, old, scene) -> stylesheet.follow(scene));
        day.addListener((obs, old, d) -> updateLegend());
        categoryOf.addListener((obs, old, f) -> {
            palette.clear();
            updateLegend();
        });
    }

    /** The default colour key: the event type, or the track when the source gives no type. */
    public static String eventTypeOrTrack(Session s) {
        return s.eventType().isEmpty() ? s.track() : s.eventType();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ScheduleGridSkin(this);
    }

    public Locale getLocale() {
        return locale;
    }

    /** Brings a session into view (after the next layout when the grid is not showing yet). */
    public void scrollTo(Session session) {
        if (getSkin() instanceof ScheduleGridSkin skin) {
            skin.scrollTo(session);
        } else {
            pendingScroll = session;
        }
    }

    /** The session a skin should scroll to once it exists, then forgotten. */
    Session takePendingScroll() {
        Session s = pendingScroll;
        pendingScroll = null;
        return s;
    }

    public void zoomIn() {
        setPixelsPerMinute(clampZoom(getPixelsPerMinute() * ZOOM_STEP));
    }

    public void zoomOut() {
        setPixelsPerMinute(clampZoom(getPixelsPerMinute() / ZOOM_STEP));
    }

    public static double clampZoom(double pixelsPerMinute) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, pixelsPerMinute));
    }

    /** The colour style class ({@code category-N}) of a colour key, or null for the empty key. */
    public String categoryStyleClass(String category) {
        return palette.styleClassOf(category);
    }

    /**
     * The colour style class a session's cell gets: from {@link #colourClassOfProperty() colourClassOf}
     * when set, else the grid's own {@code category-N} for its {@link #categoryOfProperty() categoryOf} key.
     */
    public String categoryStyleClass(Session session) {
        Function<Session, String> given = getColourClassOf();
        if (given != null) {
            return given.apply(session);
        }
        Function<Session, String> f = getCategoryOf();
        return f == null ? null : palette.styleClassOf(f.apply(session));
    }

    private void updateLegend() {
        GridDay d = getDay();
        Function<Session, String> f = getCategoryOf();
        if (d == null || f == null) {
            legend.set(List.of());
            return;
        }
        Set<String> rooms = new HashSet<>(d.rooms());
        List<String> keys = new ArrayList<>();
        for (Session s : d.sessions()) {
            if (s.isScheduled() && rooms.contains(s.room())) {
                keys.add(f.apply(s));
            }
        }
        legend.set(palette.legend(keys));
    }

    private ObjectProperty<EventHandler<SessionEvent>> handlerProperty(String name, EventType<SessionEvent> type) {
        return new ObjectPropertyBase<>() {
            @Override
            protected void invalidated() {
                setEventHandler(type, get());
            }

            @Override
            public Object getBean() {
                return ScheduleGrid.this;
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }

    // --- properties -------------------------------------------------------------------------------

    /** What the grid shows; null shows nothing. */
    public ObjectProperty<GridDay> dayProperty() { return day; }
    public GridDay getDay() { return day.get(); }
    public void setDay(GridDay value) { day.set(value); }

    /** The selected session: set by clicks and arrow keys; setting it scrolls it into view. */
    public ObjectProperty<Session> selectedSessionProperty() { return selectedSession; }
    public Session getSelectedSession() { return selectedSession.get(); }
    public void setSelectedSession(Session value) { selectedSession.set(value); }

    /** Ids of planned sessions: their cells get {@code :planned}. */
    public ObservableSet<String> getPlannedIds() { return plannedIds; }

    /** Ids of planned sessions the user marked maybe: their cells also get {@code :maybe}. */
    public ObservableSet<String> getMaybeIds() { return maybeIds; }

    /** Ids of sessions that collide with the plan: their cells get {@code :conflict}. */
    public ObservableSet<String> getConflictIds() { return conflictIds; }

    /** Ids of search matches: their cells get {@code :match}; when not empty the others get {@code :dimmed}. */
    public ObservableSet<String> getMatchIds() { return matchIds; }

    /** Vertical zoom; keys, Ctrl+wheel and {@link #zoomIn()} keep it within [{@link #MIN_ZOOM}, {@link #MAX_ZOOM}]. */
    public DoubleProperty pixelsPerMinuteProperty() { return pixelsPerMinute; }
    public double getPixelsPerMinute() { return pixelsPerMinute.get(); }
    public void setPixelsPerMinute(double value) { pixelsPerMinute.set(value); }

    /** Width of one room column in pixels. */
    public DoubleProperty roomWidthProperty() { return roomWidth; }
    public double getRoomWidth() { return roomWidth.get(); }
    public void setRoomWidth(double value) { roomWidth.set(value); }

    /** A second time axis in this zone (the laptop's), beside the conference zone's; null hides it. */
    public ObjectProperty<ZoneId> secondZoneProperty() { return secondZone; }
    public ZoneId getSecondZone() { return secondZone.get(); }
    public void setSecondZone(ZoneId value) { secondZone.set(value); }

    /** The current time: a now-line is drawn when it falls inside the day shown; null draws none. */
    public ObjectProperty<Instant> nowProperty() { return now; }
    public Instant getNow() { return now.get(); }
    public void setNow(Instant value) { now.set(value); }

    /** The colour key of a session (event type or track); each key gets a {@code category-N} style class. */
    public ObjectProperty<Function<Session, String>> categoryOfProperty() { return categoryOf; }
    public Function<Session, String> getCategoryOf() { return categoryOf.get(); }
    public void setCategoryOf(Function<Session, String> value) { categoryOf.set(value); }

    /**
     * Optional: the colour style class of each session, for an owner that draws its own legend with its
     * own {@code category-N} assignment; null (the default) lets the grid assign them from categoryOf
     * and report them in {@link #legendProperty() legend}.
     */
    public ObjectProperty<Function<Session, String>> colourClassOfProperty() { return colourClassOf; }
    public Function<Session, String> getColourClassOf() { return colourClassOf.get(); }
    public void setColourClassOf(Function<Session, String> value) { colourClassOf.set(value); }

    public ObjectProperty<EventHandler<SessionEvent>> onSessionActivatedProperty() { return onSessionActivated; }
    public EventHandler<SessionEvent> getOnSessionActivated() { return onSessionActivated.get(); }
    public void setOnSessionActivated(EventHandler<SessionEvent> value) { onSessionActivated.set(value); }

    public ObjectProperty<EventHandler<SessionEvent>> onTogglePlanProperty() { return onTogglePlan; }
    public EventHandler<SessionEvent> getOnTogglePlan() { return onTogglePlan.get(); }
    public void setOnTogglePlan(EventHandler<SessionEvent> value) { onTogglePlan.set(value); }

    /**
     * The colour keys used on the day shown, in colour order; {@link #categoryStyleClass(String)} gives
     * each one's style class.
     */
    public ReadOnlyObjectProperty<List<String>> legendProperty() { return legend.getReadOnlyProperty(); }
    public List<String> getLegend() { return legend.get(); }
}
