package org.conferenceplanner.ui.main;

import static org.conferenceplanner.ui.main.MenuItems.check;
import static org.conferenceplanner.ui.main.MenuItems.item;
import static org.conferenceplanner.ui.main.MenuItems.shortcutShift;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.ui.detail.DetailViewModel;
import org.conferenceplanner.ui.detail.SessionAction;
import org.conferenceplanner.ui.infra.Messages;

/**
 * The Session menu: open the detail, add or remove, and for a planned session Maybe, Attended and
 * Edit Note…, then the contributed {@link SessionAction}s. FX thread.
 */
final class SessionMenu {

    private final MainWindowViewModel vm;
    private final Messages m;
    private final MainMenu.Host host;

    SessionMenu(MainWindowViewModel vm, Messages m, MainMenu.Host host) {
        this.vm = vm;
        this.m = m;
        this.host = host;
    }

    Menu build(List<SessionAction> actions) {
        BooleanBinding noSelection = vm.schedule().selectedProperty().isNull();
        MenuItem open = item(m, "menu.session.open", "menu-open-detail", new KeyCodeCombination(KeyCode.ENTER),
                vm::openDetail);
        open.disableProperty().bind(noSelection.or(host.keysTaken()));
        MenuItem toggle = item(m, "menu.session.togglePlan", "menu-toggle-plan", new KeyCodeCombination(KeyCode.SPACE),
                vm::togglePlanSelected);
        toggle.disableProperty().bind(noSelection.or(host.keysTaken()));
        Menu menu = new Menu(m.get("menu.session"));
        menu.getItems().addAll(open, toggle, new SeparatorMenuItem());
        menu.getItems().addAll(pickItems());
        if (!actions.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            for (SessionAction a : actions) {
                MenuItem i = new MenuItem(a.label());
                i.setMnemonicParsing(false);
                i.disableProperty().bind(Bindings.createBooleanBinding(() -> {
                    var s = vm.schedule().selectedProperty().get();
                    return s == null || !a.appliesTo(s);
                }, vm.schedule().selectedProperty()));
                i.setOnAction(e -> host.runSessionAction(a));
                menu.getItems().add(i);
            }
        }
        return menu;
    }

    /** What the detail pane's pick controls do, for the selected session while it is planned. */
    private List<MenuItem> pickItems() {
        DetailViewModel detail = vm.detail();
        BooleanBinding notPlanned = detail.plannedProperty().not();
        CheckMenuItem maybe = check(m, "menu.session.maybe", "menu-maybe", false);
        maybe.setAccelerator(shortcutShift(KeyCode.M));
        Runnable showMaybe = () -> maybe.setSelected(detail.plannedProperty().get()
                && detail.priorityProperty().get() == Priority.MAYBE);
        detail.priorityProperty().addListener(o -> showMaybe.run());
        detail.plannedProperty().addListener(o -> showMaybe.run());
        // The item has flipped itself already: show the view model's answer, whatever it is.
        maybe.setOnAction(e -> {
            detail.toggleMaybe();
            showMaybe.run();
        });
        CheckMenuItem attended = check(m, "menu.session.attended", "menu-attended", false);
        attended.setAccelerator(shortcutShift(KeyCode.A));
        Runnable showAttended = () -> attended.setSelected(detail.attendedProperty().get());
        detail.attendedProperty().addListener(o -> showAttended.run());
        attended.setOnAction(e -> {
            detail.toggleAttended();
            showAttended.run();
        });
        MenuItem note = item(m, "menu.session.note", "menu-note", shortcutShift(KeyCode.N), vm::editNote);
        for (MenuItem i : List.of(maybe, attended, note)) {
            i.disableProperty().bind(notPlanned);
        }
        return List.of(maybe, attended, note);
    }
}
