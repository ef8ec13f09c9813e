package org.conferenceplanner.ui.schedule;

import java.util.Objects;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.conferenceplanner.ui.state.OpenProgram;

/**
 * The rooms dialog: the order of the room columns and which are hidden, for one conference. Changes
 * apply at once (the grid follows). FX thread only.
 */
public final class RoomsViewModel {

    private final OpenProgram program;

    public RoomsViewModel(OpenProgram program) {
        this.program = Objects.requireNonNull(program, "program");
    }

    /** Every room, in column order. */
    public ObservableList<String> rooms() {
        return program.roomOrder();
    }

    public ObservableSet<String> hidden() {
        return program.hiddenRooms();
    }

    public boolean isHidden(String room) {
        return program.hiddenRooms().contains(room);
    }

    public void setHidden(String room, boolean hide) {
        if (hide) {
            program.hiddenRooms().add(room);
        } else {
            program.hiddenRooms().remove(room);
        }
    }

    /** Moves a room one column to the left (delta -1) or right (+1); returns its new index. */
    public int move(String room, int delta) {
        ObservableList<String> order = program.roomOrder();
        int at = order.indexOf(room);
        int to = at + delta;
        if (at < 0 || to < 0 || to >= order.size()) {
            return at;
        }
        order.remove(at);
        order.add(to, room);
        return to;
    }

    /** The program's own order, every room shown. */
    public void reset() {
        program.hiddenRooms().clear();
        program.roomOrder().setAll(program.defaultRoomOrder());
    }
}
