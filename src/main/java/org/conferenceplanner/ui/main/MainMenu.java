package org.conferenceplanner.ui.main;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.conferenceplanner.ui.detail.SessionAction;
import org.conferenceplanner.ui.planner.PlanAction;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.Theme;
import org.conferenceplanner.ui.programs.ProgramsViewModel;
import org.conferenceplanner.ui.programs.RecentProgram;
import org.conferenceplanner.ui.schedule.ColourBy;
import org.conferenceplanner.ui.schedule.ScheduleViewModel;
import org.conferenceplanner.ui.schedule.ViewMode;
import org.conferenceplanner.ui.state.DayTab;
import org.conferenceplanner.ui.state.OpenProgram;

/**
 * The menu bar: every action of the window with its accelerator (File, Conference, View, Go,
 * Session, Help). Day items (Ctrl+1…9), the Recent list and the Conference list follow the view
 * models.
 */
final class MainMenu {

    /** What the menus need from the view: things only the view can do. */
    interface Host {
        void focusSearch();

        void showRooms();

        void runSessionAction(SessionAction action);

        void runPlanAction(PlanAction action);

        void quit();

        void about();

        /** True while the keyboard focus is somewhere Enter and Space mean something else (text, buttons). */
        BooleanBinding keysTaken();
    }

    private final MainWindowViewModel vm;
    private final Messages m;
    private final Host host;

    MainMenu(MainWindowViewModel vm, Messages m, Host host) {
        this.vm = vm;
        this.m = m;
        this.host = host;
    }

    MenuBar build(List<SessionAction> sessionActions, List<PlanAction> planActions) {
        MenuBar bar = new MenuBar(file(planActions), conference(), view(), go(), new SessionMenu(vm, m, host).build(sessionActions), help());
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu file(List<PlanAction> planActions) {
        ProgramsViewModel programs = vm.programs();
        MenuItem open = item("menu.file.open", "menu-open", shortcut(KeyCode.O), programs::openChosen);
        MenuItem builtIn = item("menu.file.openBuiltIn", "menu-open-builtin", null, programs::openEmbedded);
        Menu recent = new Menu(m.get("menu.file.recent"));
        recent.setId("menu-recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (RecentProgram r : programs.recent()) {
                String text = r.isEmbedded() ? r.title() : r.title() + "  (" + r.file().getFileName() + ")";
                MenuItem i = new MenuItem(text);
                i.setMnemonicParsing(false);
                i.setOnAction(e -> programs.openRecent(r));
                recent.getItems().add(i);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem(m.get("menu.file.recent.none"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        };
        programs.recent().addListener((ListChangeListener<RecentProgram>) c -> fillRecent.run());
        fillRecent.run();
        MenuItem report = item("menu.file.report", "menu-report", null, programs::showReport);
        report.disableProperty().bind(programs.currentProperty().isNull());
        MenuItem close = item("menu.file.close", "menu-close", shortcut(KeyCode.W), programs::closeCurrent);
        close.disableProperty().bind(programs.currentProperty().isNull());
        MenuItem quit = item("menu.file.quit", "menu-quit", shortcut(KeyCode.Q), host::quit);
        Menu menu = menu("menu.file", open, builtIn, recent, new SeparatorMenuItem(), report, close);
        if (!planActions.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            for (PlanAction a : planActions) {
                MenuItem i = new MenuItem(a.label());
                i.setMnemonicParsing(false);
                if (!a.id().isEmpty()) {
                    i.setId("menu-" + a.id());
                }
                if (!a.accelerator().isEmpty()) {
                    i.setAccelerator(KeyCombination.valueOf(a.accelerator()));
                }
                i.disableProperty().bind(programs.currentProperty().isNull());
                i.setOnAction(e -> host.runPlanAction(a));
                menu.getItems().add(i);
            }
        }
        menu.getItems().addAll(new SeparatorMenuItem(), quit);
        return menu;
    }

    private Menu conference() {
        ProgramsViewModel programs = vm.programs();
        Menu menu = menu("menu.conference");
        menu.setId("menu-conference");
        Runnable fill = () -> {
            ToggleGroup group = new ToggleGroup();
            menu.getItems().clear();
            for (OpenProgram p : programs.programs()) {
                RadioMenuItem i = new RadioMenuItem(p.title());
                i.setMnemonicParsing(false);
                i.setToggleGroup(group);
                i.setSelected(p == programs.current());
                i.setOnAction(e -> programs.select(p));
                menu.getItems().add(i);
            }
            if (programs.programs().isEmpty()) {
                MenuItem none = new MenuItem(m.get("menu.conference.none"));
                none.setDisable(true);
                menu.getItems().add(none);
            } else {
                menu.getItems().add(new SeparatorMenuItem());
                menu.getItems().add(item("menu.conference.next", "menu-next-conference",
                        new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        () -> {
                            int at = programs.programs().indexOf(programs.current());
                            programs.select(programs.programs().get((at + 1) % programs.programs().size()));
                        }));
            }
        };
        programs.programs().addListener((ListChangeListener<OpenProgram>) c -> fill.run());
        programs.currentProperty().addListener(o -> fill.run());
        fill.run();
        return menu;
    }

    private Menu view() {
        ScheduleViewModel s = vm.schedule();
        ToggleGroup modes = new ToggleGroup();
        RadioMenuItem grid = radio("menu.view.grid", "menu-grid", modes, shortcut(KeyCode.G));
        RadioMenuItem list = radio("menu.view.list", "menu-list", modes, shortcut(KeyCode.L));
        Runnable showMode = () -> (s.modeProperty().get() == ViewMode.LIST ? list : grid).setSelected(true);
        showMode.run();
        s.modeProperty().addListener(o -> showMode.run());
        grid.setOnAction(e -> s.modeProperty().set(ViewMode.GRID));
        list.setOnAction(e -> s.modeProperty().set(ViewMode.LIST));

        ToggleGroup colours = new ToggleGroup();
        RadioMenuItem byType = radio("menu.view.colourByType", "menu-colour-type", colours, null);
        RadioMenuItem byTrack = radio("menu.view.colourByTrack", "menu-colour-track", colours, null);
        Runnable showColour = () -> (s.colourByProperty().get() == ColourBy.TRACK ? byTrack : byType).setSelected(true);
        showColour.run();
        s.colourByProperty().addListener(o -> showColour.run());
        byType.setOnAction(e -> s.colourByProperty().set(ColourBy.EVENT_TYPE));
        byTrack.setOnAction(e -> s.colourByProperty().set(ColourBy.TRACK));

        CheckMenuItem laptopZone = check("menu.view.laptopZone", "menu-laptop-zone", s.showLaptopZoneProperty().get());
        laptopZone.selectedProperty().bindBidirectional(s.showLaptopZoneProperty());
        CheckMenuItem emptyRooms = check("menu.view.emptyRooms", "menu-empty-rooms", s.showEmptyRoomsProperty().get());
        emptyRooms.selectedProperty().bindBidirectional(s.showEmptyRoomsProperty());
        MenuItem rooms = item("menu.view.rooms", "menu-rooms", null, host::showRooms);
        rooms.disableProperty().bind(vm.programs().currentProperty().isNull());
        MenuItem zoomIn = item("menu.view.zoomIn", "menu-zoom-in", shortcut(KeyCode.EQUALS), s::zoomIn);
        MenuItem zoomOut = item("menu.view.zoomOut", "menu-zoom-out", shortcut(KeyCode.MINUS), s::zoomOut);
        MenuItem zoomReset = item("menu.view.zoomReset", "menu-zoom-reset", shortcut(KeyCode.DIGIT0), s::resetZoom);
        CheckMenuItem planner = check("menu.view.planner", "menu-planner", vm.plannerShownProperty().get());
        planner.selectedProperty().bindBidirectional(vm.plannerShownProperty());
        planner.setAccelerator(MenuItems.shortcutShift(KeyCode.P));
        CheckMenuItem detail = check("menu.view.detail", "menu-detail", vm.detailShownProperty().get());
        detail.selectedProperty().bindBidirectional(vm.detailShownProperty());
        detail.setAccelerator(MenuItems.shortcutShift(KeyCode.D));

        Menu theme = menu("menu.view.theme");
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem i = radio("menu.view.theme." + t.name().toLowerCase(java.util.Locale.ROOT),
                    "menu-theme-" + t.name().toLowerCase(java.util.Locale.ROOT), themes, null);
            i.setSelected(vm.themeProperty().get() == t);
            i.setOnAction(e -> vm.themeProperty().set(t));
            vm.themeProperty().addListener((o, a, now) -> i.setSelected(now == t));
            theme.getItems().add(i);
        }
        return menu("menu.view", grid, list, new SeparatorMenuItem(), byType, byTrack, new SeparatorMenuItem(),
                laptopZone, emptyRooms, rooms, new SeparatorMenuItem(), zoomIn, zoomOut, zoomReset,
                new SeparatorMenuItem(), planner, detail, theme);
    }

    private Menu go() {
        ScheduleViewModel s = vm.schedule();
        Menu menu = menu("menu.go");
        menu.setId("menu-go");
        MenuItem next = item("menu.go.nextDay", "menu-next-day",
                new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN), s::nextDay);
        MenuItem previous = item("menu.go.previousDay", "menu-previous-day",
                new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN), s::previousDay);
        MenuItem find = item("menu.go.find", "menu-find", shortcut(KeyCode.F), host::focusSearch);
        MenuItem nextMatch = item("menu.go.nextMatch", "menu-next-match", new KeyCodeCombination(KeyCode.F3),
                vm::nextMatch);
        MenuItem clear = item("menu.go.clear", "menu-clear", new KeyCodeCombination(KeyCode.ESCAPE), vm::escape);
        List<MenuItem> fixed = List.of(new SeparatorMenuItem(), next, previous, new SeparatorMenuItem(), find,
                nextMatch, clear);
        Runnable fill = () -> {
            menu.getItems().clear();
            List<DayTab> tabs = s.tabs();
            for (int i = 0; i < tabs.size() && i < 9; i++) {
                int n = i + 1;
                MenuItem day = new MenuItem(m.get("menu.go.day", n, s.tabLabel(tabs.get(i), m.get("schedule.unscheduled"))));
                day.setId("menu-day-" + n);
                day.setMnemonicParsing(false);
                day.setAccelerator(shortcut(KeyCode.valueOf("DIGIT" + n)));
                day.setOnAction(e -> s.selectTab(n));
                menu.getItems().add(day);
            }
            menu.getItems().addAll(fixed);
        };
        s.tabs().addListener((ListChangeListener<DayTab>) c -> fill.run());
        fill.run();
        return menu;
    }

    private Menu help() {
        return menu("menu.help", item("menu.help.about", "menu-about", null, host::about));
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu(m.get(key));
        menu.getItems().addAll(items);
        return menu;
    }

    private MenuItem item(String key, String id, KeyCombination accelerator, Runnable action) {
        return MenuItems.item(m, key, id, accelerator, action);
    }

    private RadioMenuItem radio(String key, String id, ToggleGroup group, KeyCombination accelerator) {
        RadioMenuItem i = new RadioMenuItem(m.get(key));
        i.setId(id);
        i.setToggleGroup(group);
        if (accelerator != null) {
            i.setAccelerator(accelerator);
        }
        return i;
    }

    private CheckMenuItem check(String key, String id, boolean selected) {
        return MenuItems.check(m, key, id, selected);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return MenuItems.shortcut(code);
    }
}
