package org.conferenceplanner.ui.grid;

import java.time.ZoneId;
import java.util.Objects;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import org.conferenceplanner.domain.Session;

/**
 * One visible session block. Cells are pooled: when a block scrolls out of view its cell is given to the
 * next block that scrolls in, so only {@link #show} and {@link #mark} change; nothing is styled inline.
 * FX thread only.
 */
final class SessionCell extends Label {

    private int block = -1;
    private Session session;
    private String categoryClass;
    private Session describedSession;
    private boolean describedPlanned;
    private boolean describedConflict;
    private boolean describedMaybe;
    private ZoneId describedZone;

    SessionCell() {
        getStyleClass().add(GridStyles.CELL);
        setAccessibleRole(AccessibleRole.LIST_ITEM);
        setManaged(false);
        setMinSize(0, 0);
    }

    /** Binds the cell to a block; {@code categoryClass} may be null (no colour key). */
    void show(int blockIndex, Session s, String text, String category) {
        block = blockIndex;
        session = s;
        setText(text);
        if (!Objects.equals(categoryClass, category)) {
            if (categoryClass != null) {
                getStyleClass().remove(categoryClass);
            }
            if (category != null) {
                getStyleClass().add(category);
            }
            categoryClass = category;
        }
        pseudoClassStateChanged(GridStyles.CANCELLED, s.cancelled());
    }

    /**
     * The states the stylesheet colours and the accessible text tells. The text is only rebuilt when what
     * it says changed (a selection move re-marks every visible cell).
     */
    void mark(boolean planned, boolean maybe, boolean conflict, boolean match, boolean dimmed, boolean selected,
              boolean focused, SessionTexts texts, ZoneId zone) {
        pseudoClassStateChanged(GridStyles.PLANNED, planned);
        pseudoClassStateChanged(GridStyles.MAYBE, maybe);
        pseudoClassStateChanged(GridStyles.CONFLICT, conflict);
        pseudoClassStateChanged(GridStyles.MATCH, match);
        pseudoClassStateChanged(GridStyles.DIMMED, dimmed);
        pseudoClassStateChanged(GridStyles.SELECTED, selected);
        pseudoClassStateChanged(GridStyles.FOCUSED, focused);
        if (describedSession != session || describedPlanned != planned || describedConflict != conflict
                || describedMaybe != maybe || !zone.equals(describedZone)) {
            setAccessibleText(texts.accessibleText(session, zone, planned, maybe, conflict));
            describedMaybe = maybe;
            describedSession = session;
            describedPlanned = planned;
            describedConflict = conflict;
            describedZone = zone;
        }
    }

    void release() {
        block = -1;
        session = null;
        setVisible(false);
    }

    int block() {
        return block;
    }

    Session session() {
        return session;
    }
}
