package org.conferenceplanner.ui.grid;

import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.ui.grid.GridNavigator.Direction;

/**
 * The grid's behaviour: arrow keys move the selection ({@link GridNavigator}), Enter activates, Space
 * toggles the plan, + and - zoom, Page Up/Down scroll; the wheel scrolls (with Shift sideways) and
 * zooms with Ctrl around the pointer. Keys with Ctrl, Alt or Meta are left to the window's menus.
 * FX thread only.
 */
final class GridInput {

    private final ScheduleGrid grid;
    private final ScheduleGridSkin skin;
    private final EventHandler<KeyEvent> keys = this::onKey;
    private final EventHandler<ScrollEvent> wheel = this::onScroll;
    private final EventHandler<MouseEvent> press = this::onPress;

    GridInput(ScheduleGrid grid, ScheduleGridSkin skin) {
        this.grid = grid;
        this.skin = skin;
        grid.addEventHandler(KeyEvent.KEY_PRESSED, keys);
        skin.body().addEventHandler(ScrollEvent.SCROLL, wheel);
        skin.body().addEventHandler(MouseEvent.MOUSE_PRESSED, press);
    }

    void dispose() {
        grid.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
        skin.body().removeEventHandler(ScrollEvent.SCROLL, wheel);
        skin.body().removeEventHandler(MouseEvent.MOUSE_PRESSED, press);
    }

    private void onPress(MouseEvent e) {
        grid.requestFocus();
    }

    private void onKey(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        boolean handled = switch (e.getCode()) {
            case UP, KP_UP -> move(Direction.UP);
            case DOWN, KP_DOWN -> move(Direction.DOWN);
            case LEFT, KP_LEFT -> move(Direction.LEFT);
            case RIGHT, KP_RIGHT -> move(Direction.RIGHT);
            case ENTER -> fire(SessionEvent.ACTIVATED);
            case SPACE -> fire(SessionEvent.TOGGLE_PLAN);
            case PLUS, ADD, EQUALS -> zoom(ScheduleGrid.ZOOM_STEP);
            case MINUS, SUBTRACT -> zoom(1 / ScheduleGrid.ZOOM_STEP);
            case PAGE_UP -> scrollPage(-1);
            case PAGE_DOWN -> scrollPage(1);
            default -> false;
        };
        if (handled) {
            e.consume();
        }
    }

    private boolean move(Direction direction) {
        DayLayout layout = skin.layout();
        if (layout.size() == 0) {
            return true;
        }
        int from = layout.indexOf(grid.getSelectedSession());
        int to = from < 0 ? firstInView(layout) : GridNavigator.move(layout, from, direction);
        if (to >= 0 && to != from) {
            grid.setSelectedSession(layout.block(to).session());
        } else if (to >= 0) {
            grid.scrollTo(layout.block(to).session());
        }
        return true;
    }

    private int firstInView(DayLayout layout) {
        int visible = skin.body().firstVisibleBlock();
        return visible >= 0 ? visible : 0;
    }

    private boolean fire(javafx.event.EventType<SessionEvent> type) {
        Session s = grid.getSelectedSession();
        if (s == null || skin.layout().indexOf(s) < 0) {
            return false;
        }
        grid.fireEvent(new SessionEvent(type, s));
        return true;
    }

    private boolean zoom(double factor) {
        skin.zoomTo(grid.getPixelsPerMinute() * factor, skin.body().getHeight() / 2);
        return true;
    }

    private boolean scrollPage(int direction) {
        skin.scrollBy(0, direction * skin.body().getHeight() * 0.9);
        return true;
    }

    private void onScroll(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            if (e.getDeltaY() != 0) {
                double factor = e.getDeltaY() > 0 ? ScheduleGrid.ZOOM_STEP : 1 / ScheduleGrid.ZOOM_STEP;
                skin.zoomTo(grid.getPixelsPerMinute() * factor, e.getY());
            }
        } else if (e.isShiftDown() && e.getDeltaX() == 0) {
            skin.scrollBy(-e.getDeltaY(), 0);
        } else {
            skin.scrollBy(-e.getDeltaX(), -e.getDeltaY());
        }
        e.consume();
    }
}
