package org.conferenceplanner.ui.main;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.ui.detail.DetailViewModel;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.SettingNames;
import org.conferenceplanner.ui.infra.Settings;
import org.conferenceplanner.ui.infra.Theme;
import org.conferenceplanner.ui.planner.PlannerViewModel;
import org.conferenceplanner.ui.programs.ProgramsViewModel;
import org.conferenceplanner.ui.schedule.ScheduleViewModel;
import org.conferenceplanner.ui.search.SearchViewModel;
import org.conferenceplanner.ui.state.OpenProgram;

/**
 * The window as a whole: the title, the theme, which panes are shown, the window bounds, and the
 * keyboard commands that span panes (Esc, Enter, Space). Holds the feature view models. FX thread only.
 */
public final class MainWindowViewModel {

    private final ProgramsViewModel programs;
    private final SearchViewModel search;
    private final ScheduleViewModel schedule;
    private final DetailViewModel detail;
    private final PlannerViewModel planner;
    private final Settings settings;
    private final BooleanSupplier systemPrefersDark;

    // Properties
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.SYSTEM);
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private final BooleanProperty plannerShown = new SimpleBooleanProperty(this, "plannerShown", true);
    private final BooleanProperty detailShown = new SimpleBooleanProperty(this, "detailShown", true);
    private final ReadOnlyIntegerWrapper detailFocusRequests = new ReadOnlyIntegerWrapper(this, "detailFocusRequests");
    private final ReadOnlyIntegerWrapper noteFocusRequests = new ReadOnlyIntegerWrapper(this, "noteFocusRequests");

    public MainWindowViewModel(ProgramsViewModel programs, SearchViewModel search, ScheduleViewModel schedule,
            DetailViewModel detail, PlannerViewModel planner, Settings settings, BooleanSupplier systemPrefersDark,
            Messages messages) {
        this.programs = Objects.requireNonNull(programs, "programs");
        this.search = Objects.requireNonNull(search, "search");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.planner = Objects.requireNonNull(planner, "planner");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.systemPrefersDark = Objects.requireNonNull(systemPrefersDark, "systemPrefersDark");
        String appName = messages.get("app.name");
        title.bind(Bindings.createStringBinding(() -> {
            OpenProgram p = programs.current();
            return p == null ? appName : messages.get("app.title", p.title(), appName);
        }, programs.currentProperty()));
        theme.set(settings.get(SettingNames.THEME).map(Theme::parse).orElse(Theme.SYSTEM));
        plannerShown.set(settings.getBoolean(SettingNames.PLANNER_SHOWN, true));
        detailShown.set(settings.getBoolean(SettingNames.DETAIL_SHOWN, true));
        dark.set(theme.get().isDark(systemPrefersDark.getAsBoolean()));
        theme.addListener((obs, old, t) -> {
            settings.put(SettingNames.THEME, t.name().toLowerCase(java.util.Locale.ROOT));
            dark.set(t.isDark(systemPrefersDark.getAsBoolean()));
        });
        plannerShown.addListener((obs, old, v) -> settings.putBoolean(SettingNames.PLANNER_SHOWN, v));
        detailShown.addListener((obs, old, v) -> settings.putBoolean(SettingNames.DETAIL_SHOWN, v));
    }

    public ProgramsViewModel programs() {
        return programs;
    }

    public SearchViewModel search() {
        return search;
    }

    public ScheduleViewModel schedule() {
        return schedule;
    }

    public DetailViewModel detail() {
        return detail;
    }

    public PlannerViewModel planner() {
        return planner;
    }

    /** "SC12 — Conference Planner". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public BooleanProperty plannerShownProperty() {
        return plannerShown;
    }

    public BooleanProperty detailShownProperty() {
        return detailShown;
    }

    /** Increases each time the detail pane should take the keyboard focus (Enter on a session). */
    public ReadOnlyIntegerProperty detailFocusRequestsProperty() {
        return detailFocusRequests.getReadOnlyProperty();
    }

    /** Increases each time the detail pane's note field should take the keyboard focus (Edit Note…). */
    public ReadOnlyIntegerProperty noteFocusRequestsProperty() {
        return noteFocusRequests.getReadOnlyProperty();
    }

    public Optional<WindowBounds> savedBounds() {
        double w = settings.getDouble(SettingNames.WINDOW_WIDTH, 0);
        double h = settings.getDouble(SettingNames.WINDOW_HEIGHT, 0);
        if (w < WindowBounds.MIN_WIDTH || h < WindowBounds.MIN_HEIGHT) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(settings.getDouble(SettingNames.WINDOW_X, 0),
                settings.getDouble(SettingNames.WINDOW_Y, 0), w, h,
                settings.getBoolean(SettingNames.WINDOW_MAXIMIZED, false)));
    }

    public void saveBounds(WindowBounds bounds) {
        settings.putDouble(SettingNames.WINDOW_X, bounds.x());
        settings.putDouble(SettingNames.WINDOW_Y, bounds.y());
        settings.putDouble(SettingNames.WINDOW_WIDTH, bounds.width());
        settings.putDouble(SettingNames.WINDOW_HEIGHT, bounds.height());
        settings.putBoolean(SettingNames.WINDOW_MAXIMIZED, bounds.maximized());
        settings.flush();
    }

    // Commands

    /** Esc: clears the search first, then the selection; false when there was nothing to clear. */
    public boolean escape() {
        if (search.clearQuery()) {
            return true;
        }
        OpenProgram p = programs.current();
        if (p != null && p.selectedProperty().get() != null) {
            p.selectedProperty().set(null);
            return true;
        }
        return false;
    }

    /** Enter on a session: shows the detail pane and gives it the focus. */
    public void openDetail() {
        OpenProgram p = programs.current();
        if (p != null && p.selectedProperty().get() != null) {
            detailShown.set(true);
            detailFocusRequests.set(detailFocusRequests.get() + 1);
        }
    }

    /** Edit Note… on a planned session: shows the detail pane and puts the keyboard in its note field. */
    public void editNote() {
        if (detail.plannedProperty().get()) {
            detailShown.set(true);
            noteFocusRequests.set(noteFocusRequests.get() + 1);
        }
    }

    /** Space on a session: adds it to the plan or removes it. */
    public void togglePlanSelected() {
        OpenProgram p = programs.current();
        Session s = p == null ? null : p.selectedProperty().get();
        if (s != null) {
            p.togglePlanned(s);
        }
    }

    /** Enter in the search field: selects the next match, switching to its day. */
    public void nextMatch() {
        OpenProgram p = programs.current();
        if (p != null) {
            search.nextMatch(p.selectedProperty().get()).ifPresent(schedule::select);
        }
    }
}
