package org.conferenceplanner.ui.schedule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.beans.binding.Bindings;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.ui.grid.GridDay;
import org.conferenceplanner.ui.grid.ScheduleGrid;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.Styles;
import org.conferenceplanner.ui.infra.TimeTexts;
import org.conferenceplanner.ui.state.DayTab;

/**
 * The schedule area: a bar (zone labels, legend, grid/list, colouring, zoom, rooms) above one tab
 * per conference day plus "Unscheduled". The selected tab shows the day as the grid or as a list;
 * the Unscheduled tab is always a list. Binds to {@link ScheduleViewModel}.
 */
public final class ScheduleView extends VBox {

    private final ScheduleViewModel vm;
    private final Messages messages;
    private final TimeTexts times;
    private final TabPane tabPane = new TabPane();
    private final StackPane dayArea = new StackPane();
    private final Label emptyDay = new Label();
    private final ScheduleGrid grid;
    private final SessionListView list;
    private final Legend legend = new Legend();
    private final Map<DayTab, Tab> tabByDay = new HashMap<>();
    private boolean syncing;
    private boolean revealPending;

    private static final double AXIS_WIDTH = 64;
    private static final double SCROLLBAR_WIDTH = 16;
    private static final double MIN_ROOM_WIDTH = 130;
    private static final double MAX_ROOM_WIDTH = 280;

    public ScheduleView(ScheduleViewModel vm, Messages m, TimeTexts times, Consumer<Session> onActivate,
            Consumer<Session> onToggle, Runnable onRooms) {
        this.vm = vm;
        this.messages = m;
        this.times = times;
        this.grid = grid(onActivate, onToggle);
        this.list = new SessionListView(vm, m, times, grid::categoryStyleClass, onActivate, onToggle);
        setId("schedule");
        tabPane.setId("day-tabs");
        tabPane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabPane.setMinHeight(Region.USE_PREF_SIZE);
        tabPane.setMaxHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(dayArea, Priority.ALWAYS);
        emptyDay.setId("empty-day");
        emptyDay.getStyleClass().add(Styles.EMPTY_STATE);
        emptyDay.setMouseTransparent(true);
        getChildren().addAll(new ScheduleBar(vm, m, legend, onRooms), tabPane, dayArea);

        vm.tabs().addListener((ListChangeListener<DayTab>) c -> rebuildTabs());
        tabPane.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (!syncing && tab != null) {
                vm.dayProperty().set((DayTab) tab.getUserData());
            }
        });
        vm.dayProperty().addListener((obs, old, d) -> selectTab(d));
        vm.modeProperty().addListener(o -> showDay());
        vm.contentProperty().addListener(o -> {
            showContent();
            showDay();
        });
        grid.legendProperty().addListener(o -> showLegend());
        vm.categoryOfProperty().addListener(o -> showLegend());

        list.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (!syncing && s != null) {
                vm.selectedProperty().set(s);
            }
        });
        vm.selectedProperty().addListener((obs, old, s) -> reveal(s));

        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(30), e -> vm.tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
        rebuildTabs();
        showContent();
        showDay();
    }

    /** The grid: fed from the view model, its selection and zoom two-way, its actions forwarded. */
    private ScheduleGrid grid(Consumer<Session> onActivate, Consumer<Session> onToggle) {
        ScheduleGrid g = new ScheduleGrid(messages.locale());
        g.setId("schedule-grid");
        Bindings.bindContent(g.getPlannedIds(), vm.plannedIds());
        Bindings.bindContent(g.getMaybeIds(), vm.maybeIds());
        Bindings.bindContent(g.getConflictIds(), vm.conflictIds());
        Bindings.bindContent(g.getMatchIds(), vm.matchIds());
        g.pixelsPerMinuteProperty().bindBidirectional(vm.pixelsPerMinuteProperty());
        g.secondZoneProperty().bind(vm.secondZoneProperty());
        g.nowProperty().bind(vm.nowProperty());
        g.categoryOfProperty().bind(vm.categoryOfProperty());
        g.selectedSessionProperty().addListener((obs, old, s) -> {
            if (!syncing && s != null) {
                vm.selectedProperty().set(s);
            }
        });
        // Few rooms share the width; many get a readable minimum and scroll sideways.
        g.roomWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            int rooms = Math.max(1, vm.contentProperty().get().rooms().size());
            double axes = vm.secondZoneProperty().get() == null ? AXIS_WIDTH : 2 * AXIS_WIDTH;
            double fit = (g.getWidth() - axes - SCROLLBAR_WIDTH) / rooms;
            return Math.max(MIN_ROOM_WIDTH, Math.min(MAX_ROOM_WIDTH, fit));
        }, g.widthProperty(), vm.contentProperty(), vm.secondZoneProperty()));
        // Typing a search brings the day's first match into view (without selecting it).
        vm.matchIds().addListener((javafx.collections.SetChangeListener<String>) c -> revealFirstMatch());
        g.setOnSessionActivated(e -> onActivate.accept(e.getSession()));
        g.setOnTogglePlan(e -> onToggle.accept(e.getSession()));
        return g;
    }

    private void revealFirstMatch() {
        if (vm.matchIds().isEmpty() || revealPending) {
            return;
        }
        // Once per batch of changes: the set changes one id at a time.
        revealPending = true;
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(Duration.ZERO);
        later.setOnFinished(e -> {
            revealPending = false;
            vm.contentProperty().get().sessions().stream().filter(s -> vm.matchIds().contains(s.id())).findFirst()
                    .ifPresent(s -> {
                        grid.scrollTo(s);
                        list.scrollTo(s);
                    });
        });
        later.play();
    }

    /** The grid is kept on the chosen day even in list mode: its colour palette also colours the list. */
    private void showContent() {
        DayContent c = vm.contentProperty().get();
        if (!c.tab().isUnscheduled()) {
            grid.setDay(new GridDay(c.tab().date(), c.zone(), c.rooms(), c.sessions()));
        }
        showLegend();
    }

    private void showLegend() {
        DayContent c = vm.contentProperty().get();
        if (c.tab().isUnscheduled()) {
            List<String> keys = c.sessions().stream().map(vm.categoryOfProperty().get()).filter(k -> !k.isEmpty())
                    .distinct().sorted().toList();
            legend.show(keys, grid::categoryStyleClass);
        } else {
            legend.show(grid.getLegend(), grid::categoryStyleClass);
        }
    }

    /** The day × room grid; its selection follows the view model's. */
    public ScheduleGrid grid() {
        return grid;
    }

    /** The list (the grid's alternative); its selection follows the view model's. */
    public SessionListView list() {
        return list;
    }

    /** Gives the keyboard focus to the shown day (grid or list). */
    public void focusDay() {
        if (!dayArea.getChildren().isEmpty()) {
            dayArea.getChildren().get(0).requestFocus();
        }
    }

    private void rebuildTabs() {
        syncing = true;
        try {
            tabByDay.clear();
            tabPane.getTabs().clear();
            for (DayTab d : vm.tabs()) {
                Tab t = new Tab(vm.tabLabel(d, messages.get("schedule.unscheduled")));
                t.setId(d.isUnscheduled() ? "day-tab-unscheduled" : "day-tab-" + d.date());
                t.setUserData(d);
                tabByDay.put(d, t);
                tabPane.getTabs().add(t);
            }
        } finally {
            syncing = false;
        }
        selectTab(vm.dayProperty().get());
    }

    private void selectTab(DayTab d) {
        Tab t = d == null ? null : tabByDay.get(d);
        if (t != null && tabPane.getSelectionModel().getSelectedItem() != t) {
            syncing = true;
            tabPane.getSelectionModel().select(t);
            syncing = false;
        }
    }

    private void showDay() {
        Node node = dayNode();
        if (dayArea.getChildren().isEmpty() || dayArea.getChildren().get(0) != node) {
            boolean focused = !dayArea.getChildren().isEmpty() && dayArea.getChildren().get(0).isFocused();
            dayArea.getChildren().setAll(node, emptyDay);
            if (focused) {
                node.requestFocus();
            }
        }
        boolean empty = vm.contentProperty().get().sessions().isEmpty();
        emptyDay.setText(empty ? messages.get("schedule.noSessions") : "");
        emptyDay.setVisible(empty && node == grid);
        reveal(vm.selectedProperty().get());
    }

    private Node dayNode() {
        boolean unscheduled = vm.contentProperty().get().tab().isUnscheduled();
        return vm.modeProperty().get() == ViewMode.GRID && !unscheduled ? grid : list;
    }

    private void reveal(Session s) {
        syncing = true;
        try {
            list.reveal(s);
            grid.setSelectedSession(s);
            if (s != null && s.isScheduled()) {
                grid.scrollTo(s);
            }
        } finally {
            syncing = false;
        }
    }
}
