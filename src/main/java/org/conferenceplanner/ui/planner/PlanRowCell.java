package org.conferenceplanner.ui.planner;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.Styles;

/**
 * A line of the planner sidebar: a heading, a gap, or a pick with its time, room, "Maybe" chip,
 * attended tick, title, collision note and the first line of its note, and a remove button. A maybe
 * pick gets {@code :maybe} (drawn lighter), an attended one {@code :attended}. FX thread.
 */
final class PlanRowCell extends ListCell<PlanRow> {

    private final Messages m;
    private final Label time = new Label();
    private final Label room = new Label();
    private final Tooltip roomTip = new Tooltip();
    private final Label maybe = new Label();
    private final Label attended = new Label();
    private final Label title = new Label();
    private final Label collision = new Label();
    private final Label note = new Label();
    private final HBox marks = new HBox(8, maybe, attended);
    private final HBox itemBox;

    PlanRowCell(PlannerViewModel vm, Messages m) {
        this.m = m;
        // Fill the list's width instead of widening it (no sideways scrolling in a sidebar).
        setPrefWidth(0);
        setWrapText(true);
        time.getStyleClass().add("time");
        room.getStyleClass().add(Styles.MUTED);
        maybe.setText(m.get("planner.maybe"));
        maybe.getStyleClass().add(Styles.MAYBE_CHIP);
        maybe.setMinWidth(Label.USE_PREF_SIZE);
        attended.setText("\u2713 " + m.get("planner.attended"));
        attended.getStyleClass().add(Styles.ATTENDED_MARK);
        attended.setMinWidth(Label.USE_PREF_SIZE);
        title.getStyleClass().add(Styles.TITLE);
        title.setWrapText(true);
        collision.getStyleClass().add(Styles.COLLISION);
        collision.setWrapText(true);
        note.getStyleClass().addAll(Styles.MUTED, Styles.NOTE);
        // One line: the note is the user's own reminder; the detail pane shows all of it.
        note.setTextOverrun(OverrunStyle.ELLIPSIS);
        note.setMinWidth(0);
        Button remove = new Button("\u00d7");
        remove.getStyleClass().add("remove-button");
        remove.setTooltip(new Tooltip(m.get("planner.remove.tooltip")));
        remove.setAccessibleText(m.get("planner.remove.tooltip"));
        remove.setFocusTraversable(false);
        remove.setOnAction(e -> {
            if (getItem() instanceof PlanRow.Item item) {
                vm.remove(item);
            }
        });
        time.setMinWidth(Label.USE_PREF_SIZE);
        // A room that does not fit beside the time goes whole onto the next line rather than being cut
        // short ("Ballroom-…"); only a name wider than the sidebar is shortened, and its tooltip has it all.
        FlowPane timeAndRoom = new FlowPane(8, 0, time, room);
        room.maxWidthProperty().bind(timeAndRoom.widthProperty());
        // The marks get their own line: the time and room already fill a narrow sidebar.
        marks.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(1, timeAndRoom, title, marks, collision, note);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        text.setPrefWidth(0);
        itemBox = new HBox(6, text, remove);
        itemBox.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(PlanRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll(Styles.DAY_HEADER, Styles.GAP);
        pseudoClassStateChanged(Styles.CONFLICT, false);
        pseudoClassStateChanged(Styles.MAYBE, false);
        pseudoClassStateChanged(Styles.ATTENDED, false);
        setText(null);
        setGraphic(null);
        setAccessibleText(null);
        if (empty || row == null) {
            return;
        }
        if (row instanceof PlanRow.Heading h) {
            getStyleClass().add(Styles.DAY_HEADER);
            setText(h.text());
        } else if (row instanceof PlanRow.Gap g) {
            getStyleClass().add(Styles.GAP);
            setText(g.text());
        } else if (row instanceof PlanRow.Item item) {
            time.setText(item.time());
            title.setText(item.title());
            room.setText(item.room());
            roomTip.setText(item.room());
            room.setTooltip(item.room().isEmpty() ? null : roomTip);
            collision.setText(item.collision());
            show(collision, item.collides());
            show(maybe, item.maybe());
            show(attended, item.attended());
            show(marks, item.maybe() || item.attended());
            note.setText(firstLine(item.note()));
            show(note, item.hasNote());
            pseudoClassStateChanged(Styles.CONFLICT, item.collides());
            pseudoClassStateChanged(Styles.MAYBE, item.maybe());
            pseudoClassStateChanged(Styles.ATTENDED, item.attended());
            setGraphic(itemBox);
            setAccessibleText(accessibleText(item));
        }
    }

    private String accessibleText(PlanRow.Item item) {
        StringBuilder text = new StringBuilder(item.title()).append(", ").append(item.time()).append(", ")
                .append(item.room());
        if (item.maybe()) {
            text.append(", ").append(m.get("planner.maybe"));
        }
        if (item.attended()) {
            text.append(", ").append(m.get("planner.attended"));
        }
        if (item.collides()) {
            text.append(", ").append(item.collision());
        }
        if (item.hasNote()) {
            text.append(", ").append(m.get("planner.note", item.note()));
        }
        return text.toString();
    }

    /** The note's first non-empty line, marked with an ellipsis when more follows. */
    static String firstLine(String note) {
        String[] lines = note.strip().split("\\R");
        return lines.length > 1 ? lines[0].strip() + " \u2026" : lines[0].strip();
    }

    private static void show(javafx.scene.Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }
}
