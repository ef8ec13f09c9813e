package org.conferenceplanner.ui.main;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.conferenceplanner.ui.infra.Messages;

/** How the menus make their items: a text from the bundle, an id, an accelerator. FX thread. */
final class MenuItems {

    private MenuItems() {
    }

    static MenuItem item(Messages m, String key, String id, KeyCombination accelerator, Runnable action) {
        MenuItem i = new MenuItem(m.get(key));
        i.setId(id);
        if (accelerator != null) {
            i.setAccelerator(accelerator);
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    static CheckMenuItem check(Messages m, String key, String id, boolean selected) {
        CheckMenuItem i = new CheckMenuItem(m.get(key));
        i.setId(id);
        i.setSelected(selected);
        return i;
    }

    static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    static KeyCombination shortcutShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
