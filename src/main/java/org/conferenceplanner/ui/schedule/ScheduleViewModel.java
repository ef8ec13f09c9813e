package org.conferenceplanner.ui.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.ui.infra.SettingNames;
import org.conferenceplanner.ui.infra.Settings;
import org.conferenceplanner.ui.infra.TimeTexts;
import org.conferenceplanner.ui.search.SearchViewModel;
import org.conferenceplanner.ui.state.DayTab;
import org.conferenceplanner.ui.state.OpenProgram;

/**
 * The schedule area: which day tabs exist, which is chosen, what the chosen day shows (rooms and
 * filtered sessions), which of those are planned, collide with the plan or match the search, the
 * colouring, the zoom, the time zone labels and the optional second axis in the laptop's zone.
 * View choices are remembered in {@link Settings}. FX thread only.
 */
public final class ScheduleViewModel {

    public static final double DEFAULT_PIXELS_PER_MINUTE = 2.0;
    static final double MIN_PIXELS_PER_MINUTE = 0.5;
    static final double MAX_PIXELS_PER_MINUTE = 8.0;
    private static final double ZOOM_STEP = 1.25;

    private final ReadOnlyObjectProperty<OpenProgram> current;
    private final SearchViewModel search;
    private final Settings settings;
    private final ZoneId laptopZone;
    private final Clock clock;
    private final TimeTexts times;

    // Properties
    private final ObservableList<DayTab> tabs = FXCollections.observableArrayList();
    // One read-only view: a wrapper made per call would drop its listeners when collected.
    private final ObservableList<DayTab> tabsView = FXCollections.unmodifiableObservableList(tabs);
    private final ObjectProperty<DayTab> day = new SimpleObjectProperty<>(this, "day");
    private final ObjectProperty<Session> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<ViewMode> mode = new SimpleObjectProperty<>(this, "mode", ViewMode.GRID);
    private final ObjectProperty<ColourBy> colourBy = new SimpleObjectProperty<>(this, "colourBy", ColourBy.EVENT_TYPE);
    private final BooleanProperty showLaptopZone = new SimpleBooleanProperty(this, "showLaptopZone");
    private final BooleanProperty showEmptyRooms = new SimpleBooleanProperty(this, "showEmptyRooms");
    private final DoubleProperty pixelsPerMinute = new SimpleDoubleProperty(this, "pixelsPerMinute", DEFAULT_PIXELS_PER_MINUTE);
    private final ReadOnlyObjectWrapper<ZoneId> secondZone = new ReadOnlyObjectWrapper<>(this, "secondZone");
    private final ReadOnlyObjectWrapper<DayContent> content = new ReadOnlyObjectWrapper<>(this, "content", DayContent.empty());
    private final ReadOnlyObjectWrapper<Function<Session, String>> categoryOf =
            new ReadOnlyObjectWrapper<>(this, "categoryOf", ColourBy.EVENT_TYPE.category());
    private final ReadOnlyStringWrapper zoneLabel = new ReadOnlyStringWrapper(this, "zoneLabel", "");
    private final ReadOnlyStringWrapper secondZoneLabel = new ReadOnlyStringWrapper(this, "secondZoneLabel", "");
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
    private final DayMarks marks = new DayMarks();
    /** The program this model is attached to; lags {@code current} while listeners of a switch run. */
    private OpenProgram program;

    public ScheduleViewModel(ReadOnlyObjectProperty<OpenProgram> current, SearchViewModel search, Settings settings,
            ZoneId laptopZone, Clock clock, TimeTexts times) {
        this.current = Objects.requireNonNull(current, "current");
        this.search = Objects.requireNonNull(search, "search");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.laptopZone = Objects.requireNonNull(laptopZone, "laptopZone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.times = Objects.requireNonNull(times, "times");
        restoreSettings();
        now.set(clock.instant());

        InvalidationListener recompute = o -> recompute();
        InvalidationListener planChanged = o -> updateMarks();
        InvalidationListener layout = o -> recompute();
        current.addListener((obs, old, p) -> {
            if (old != null) {
                day.unbindBidirectional(old.dayProperty());
                selected.unbindBidirectional(old.selectedProperty());
                old.planProperty().removeListener(planChanged);
                old.roomOrder().removeListener(layout);
                old.hiddenRooms().removeListener(layout);
            }
            attach(p, planChanged, layout);
        });
        day.addListener((obs, old, d) -> {
            OpenProgram p = program;
            if (p != null && d != null && d.date() != null) {
                settings.put(SettingNames.DAY, d.date().toString());
            }
            recompute();
        });
        search.filterProperty().addListener(o -> {
            updateTabs();
            recompute();
        });
        search.matchIdsProperty().addListener(o -> updateMatches());
        showEmptyRooms.addListener(recompute);
        showLaptopZone.addListener(o -> updateZones());
        colourBy.addListener((obs, old, c) -> categoryOf.set(c.category()));
        categoryOf.set(colourBy.get().category());
        mode.addListener((obs, old, m) -> settings.put(SettingNames.MODE, m.name().toLowerCase(Locale.ROOT)));
        colourBy.addListener((obs, old, c) -> settings.put(SettingNames.COLOUR_BY, c.name().toLowerCase(Locale.ROOT)));
        showLaptopZone.addListener((obs, old, v) -> settings.putBoolean(SettingNames.SECOND_ZONE, v));
        showEmptyRooms.addListener((obs, old, v) -> settings.putBoolean(SettingNames.EMPTY_ROOMS, v));
        pixelsPerMinute.addListener((obs, old, v) -> settings.putDouble(SettingNames.ZOOM, v.doubleValue()));
        attach(current.get(), planChanged, layout);
    }

    public ObservableList<DayTab> tabs() {
        return tabsView;
    }

    public ObjectProperty<DayTab> dayProperty() {
        return day;
    }

    /** The selected session of the current conference (null when none). */
    public ObjectProperty<Session> selectedProperty() {
        return selected;
    }

    /** The rooms dialog's model for the current conference; empty when none is open. */
    public java.util.Optional<RoomsViewModel> rooms() {
        return java.util.Optional.ofNullable(program).map(RoomsViewModel::new);
    }

    public ObjectProperty<ViewMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<ColourBy> colourByProperty() {
        return colourBy;
    }

    public BooleanProperty showLaptopZoneProperty() {
        return showLaptopZone;
    }

    public BooleanProperty showEmptyRoomsProperty() {
        return showEmptyRooms;
    }

    public DoubleProperty pixelsPerMinuteProperty() {
        return pixelsPerMinute;
    }

    /** The laptop's zone when the second axis is on and it differs from the conference's, else null. */
    public ReadOnlyObjectProperty<ZoneId> secondZoneProperty() {
        return secondZone.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DayContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Function<Session, String>> categoryOfProperty() {
        return categoryOf.getReadOnlyProperty();
    }

    /** "MST — America/Denver": the conference zone on the chosen day. */
    public ReadOnlyStringProperty zoneLabelProperty() {
        return zoneLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty secondZoneLabelProperty() {
        return secondZoneLabel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    /** Of the shown sessions: the planned ones. */
    public ObservableSet<String> plannedIds() {
        return marks.planned();
    }

    /** Of the shown planned sessions: those marked maybe. */
    public ObservableSet<String> maybeIds() {
        return marks.maybe();
    }

    private static java.util.Set<String> maybeIds(org.conferenceplanner.domain.Plan plan) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (org.conferenceplanner.domain.PlanEntry e : plan.entries()) {
            if (e.priority() == org.conferenceplanner.domain.Priority.MAYBE) {
                ids.add(e.sessionId());
            }
        }
        return ids;
    }

    /** Of the shown sessions: those overlapping a planned session other than themselves. */
    public ObservableSet<String> conflictIds() {
        return marks.conflicts();
    }

    /** Of the shown sessions: those matching the search. */
    public ObservableSet<String> matchIds() {
        return marks.matches();
    }

    public String tabLabel(DayTab tab, String unscheduledLabel) {
        return tab.isUnscheduled() ? unscheduledLabel : times.shortDay(tab.date());
    }

    // Commands

    /** Ctrl+1…7: the n-th tab (1-based); ignored when there is none. */
    public void selectTab(int n) {
        if (n >= 1 && n <= tabs.size()) {
            day.set(tabs.get(n - 1));
        }
    }

    public void nextDay() {
        int at = tabs.indexOf(day.get());
        if (at >= 0 && at + 1 < tabs.size()) {
            day.set(tabs.get(at + 1));
        }
    }

    public void previousDay() {
        int at = tabs.indexOf(day.get());
        if (at > 0) {
            day.set(tabs.get(at - 1));
        }
    }

    /** Selects a session and shows its day. */
    public void select(Session s) {
        OpenProgram p = program;
        if (p == null) {
            return;
        }
        if (s != null) {
            DayTab tab = s.day() == null ? DayTab.UNSCHEDULED : DayTab.of(s.day());
            if (tabs.contains(tab)) {
                day.set(tab);
            }
        }
        p.selectedProperty().set(s);
    }

    public void zoomIn() {
        pixelsPerMinute.set(Math.min(MAX_PIXELS_PER_MINUTE, pixelsPerMinute.get() * ZOOM_STEP));
    }

    public void zoomOut() {
        pixelsPerMinute.set(Math.max(MIN_PIXELS_PER_MINUTE, pixelsPerMinute.get() / ZOOM_STEP));
    }

    public void resetZoom() {
        pixelsPerMinute.set(DEFAULT_PIXELS_PER_MINUTE);
    }

    /** Moves the now-line; the view calls it on a timer. */
    public void tick() {
        now.set(clock.instant());
    }

    private void restoreSettings() {
        settings.get(SettingNames.MODE).ifPresent(v -> mode.set(parse(ViewMode.class, v, ViewMode.GRID)));
        settings.get(SettingNames.COLOUR_BY).ifPresent(v -> colourBy.set(parse(ColourBy.class, v, ColourBy.EVENT_TYPE)));
        showLaptopZone.set(settings.getBoolean(SettingNames.SECOND_ZONE, false));
        showEmptyRooms.set(settings.getBoolean(SettingNames.EMPTY_ROOMS, false));
        double ppm = settings.getDouble(SettingNames.ZOOM, DEFAULT_PIXELS_PER_MINUTE);
        pixelsPerMinute.set(Math.max(MIN_PIXELS_PER_MINUTE, Math.min(MAX_PIXELS_PER_MINUTE, ppm)));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private void attach(OpenProgram p, InvalidationListener planChanged, InvalidationListener layout) {
        program = p;
        if (p == null) {
            tabs.clear();
            selected.set(null);
            content.set(DayContent.empty());
            updateMarks();
            return;
        }
        selected.bindBidirectional(p.selectedProperty());
        // Read before binding: binding and tab updates write the day setting.
        java.util.Optional<DayTab> remembered = settings.get(SettingNames.DAY).flatMap(ScheduleViewModel::date).map(DayTab::of);
        day.bindBidirectional(p.dayProperty());
        updateTabs();
        remembered.filter(tabs::contains).ifPresent(day::set);
        p.planProperty().addListener(planChanged);
        p.roomOrder().addListener(layout);
        p.hiddenRooms().addListener(layout);
        recompute();
    }

    private static java.util.Optional<LocalDate> date(String text) {
        try {
            return java.util.Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    private void updateTabs() {
        OpenProgram p = program;
        if (p == null) {
            tabs.clear();
            return;
        }
        Set<LocalDate> chosen = Set.copyOf(search.chosenDays());
        List<DayTab> next = new ArrayList<>();
        for (LocalDate d : p.conference().days()) {
            if (chosen.isEmpty() || chosen.contains(d)) {
                next.add(DayTab.of(d));
            }
        }
        if (!p.conference().unscheduled().isEmpty()) {
            next.add(DayTab.UNSCHEDULED);
        }
        if (!next.equals(tabs)) {
            tabs.setAll(next);
        }
        if (!tabs.isEmpty() && !tabs.contains(day.get())) {
            day.set(tabs.get(0));
        }
    }

    private void recompute() {
        OpenProgram p = program;
        DayTab tab = day.get();
        if (p == null || tab == null) {
            content.set(DayContent.empty());
            updateMarks();
            return;
        }
        content.set(DayContent.of(p.conference(), tab, search.filterProperty().get(), p.roomOrder(),
                Set.copyOf(p.hiddenRooms()), showEmptyRooms.get()));
        updateZones();
        updateMarks();
    }

    private void updateZones() {
        OpenProgram p = program;
        DayTab tab = day.get();
        if (p == null) {
            zoneLabel.set("");
            secondZone.set(null);
            secondZoneLabel.set("");
            return;
        }
        ZoneId zone = p.conference().zone();
        LocalDate date = tab == null || tab.isUnscheduled()
                ? p.conference().days().stream().findFirst().orElse(LocalDate.now(clock))
                : tab.date();
        zoneLabel.set(times.zoneLabel(zone, date));
        boolean differs = !TimeTexts.sameClock(zone, laptopZone, date);
        boolean show = showLaptopZone.get() && differs;
        secondZone.set(show ? laptopZone : null);
        secondZoneLabel.set(show ? times.zoneLabel(laptopZone, date) : "");
    }

    private void updateMarks() {
        List<Session> shown = content.get().sessions();
        marks.showPlan(shown, program == null ? List.of() : program.plannedSessions(),
                program == null ? java.util.Set.of() : maybeIds(program.plan()));
        updateMatches();
    }

    private void updateMatches() {
        marks.showMatches(content.get().sessions(), search.matchIdsProperty().get());
    }
}
