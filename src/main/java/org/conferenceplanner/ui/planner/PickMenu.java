package org.conferenceplanner.ui.planner;

import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.ui.infra.Messages;

/**
 * The context menu of a pick in the planner sidebar: Must / Maybe, Attended, Edit Note…, Remove from
 * Plan. One menu, filled for the pick it is shown for. FX thread.
 */
final class PickMenu {

    private final ContextMenu menu = new ContextMenu();
    private final RadioMenuItem must;
    private final RadioMenuItem maybe;
    private final CheckMenuItem attended;
    private PlanRow.Item shown;

    PickMenu(PlannerViewModel vm, Messages m, Consumer<PlanRow.Item> editNote) {
        menu.setId("pick-menu");
        ToggleGroup priority = new ToggleGroup();
        must = radio(m.get("planner.menu.must"), "pick-menu-must", priority);
        maybe = radio(m.get("planner.menu.maybe"), "pick-menu-maybe", priority);
        must.setOnAction(e -> act(item -> vm.setPriority(item, Priority.MUST)));
        maybe.setOnAction(e -> act(item -> vm.setPriority(item, Priority.MAYBE)));
        attended = new CheckMenuItem(m.get("planner.menu.attended"));
        attended.setId("pick-menu-attended");
        attended.setOnAction(e -> act(item -> vm.setAttended(item, attended.isSelected())));
        MenuItem note = new MenuItem(m.get("planner.menu.note"));
        note.setId("pick-menu-note");
        note.setOnAction(e -> act(editNote));
        MenuItem remove = new MenuItem(m.get("planner.menu.remove"));
        remove.setId("pick-menu-remove");
        remove.setOnAction(e -> act(vm::remove));
        menu.getItems().addAll(must, maybe, new SeparatorMenuItem(), attended, note, new SeparatorMenuItem(), remove);
    }

    boolean isShowing() {
        return menu.isShowing();
    }

    void show(PlanRow.Item item, Node anchor, double screenX, double screenY) {
        fill(item);
        menu.show(anchor, screenX, screenY);
    }

    /** From the keyboard: below the selected line, or the list's corner when it is scrolled away. */
    void showBelowSelected(PlanRow.Item item, ListView<PlanRow> list) {
        Node cell = list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof PlanRowCell c && c.getItem() == item && c.isVisible())
                .findFirst().orElse(list);
        Bounds b = cell.localToScreen(cell.getBoundsInLocal());
        if (b != null) {
            show(item, list, b.getMinX() + 16, cell == list ? b.getMinY() + 16 : b.getMaxY());
        }
    }

    private void fill(PlanRow.Item item) {
        shown = item;
        (item.maybe() ? maybe : must).setSelected(true);
        attended.setSelected(item.attended());
    }

    private void act(Consumer<PlanRow.Item> action) {
        if (shown != null) {
            action.accept(shown);
        }
    }

    private static RadioMenuItem radio(String text, String id, ToggleGroup group) {
        RadioMenuItem i = new RadioMenuItem(text);
        i.setId(id);
        i.setToggleGroup(group);
        return i;
    }
}
