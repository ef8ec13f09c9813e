package org.conferenceplanner.ui.detail;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.Styles;

/**
 * The detail pane's controls for a planned session: Must / Maybe, Attended and the note (saved as the
 * user types). Shown only while the session is in the plan. Binds to {@link DetailViewModel}. FX thread.
 */
final class PickEditor extends VBox {

    private final TextArea note = new TextArea();

    PickEditor(DetailViewModel vm, Messages m) {
        super(6);
        setId("detail-pick");
        getStyleClass().add(Styles.PICK_EDITOR);

        ToggleGroup group = new ToggleGroup();
        ToggleButton must = toggle(m.get("detail.must"), "detail-must", group);
        must.setAccessibleText(m.get("detail.must.accessible"));
        ToggleButton maybe = toggle(m.get("detail.maybe"), "detail-maybe", group);
        maybe.setAccessibleText(m.get("detail.maybe.accessible"));
        Runnable showPriority = () -> (vm.priorityProperty().get() == Priority.MAYBE ? maybe : must).setSelected(true);
        showPriority.run();
        vm.priorityProperty().addListener(o -> showPriority.run());
        // A toggle group lets the user untoggle both; clicking the chosen one again keeps it chosen.
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                vm.priorityProperty().set(now == maybe ? Priority.MAYBE : Priority.MUST);
            }
        });
        HBox priority = new HBox(0, must, maybe);
        priority.getStyleClass().add("segmented");

        CheckBox attended = new CheckBox(m.get("detail.attended"));
        attended.setId("detail-attended");
        attended.selectedProperty().bindBidirectional(vm.attendedProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        HBox row = new HBox(12, priority, spacer, attended);
        row.setAlignment(Pos.CENTER_LEFT);

        Label noteLabel = new Label(m.get("detail.note"));
        noteLabel.getStyleClass().add(Styles.FIELD_NAME);
        noteLabel.setLabelFor(note);
        note.setId("detail-note");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setPromptText(m.get("detail.note.prompt"));
        note.setAccessibleText(m.get("detail.note"));
        note.textProperty().bindBidirectional(vm.noteProperty());

        getChildren().addAll(row, noteLabel, note);
        visibleProperty().bind(vm.plannedProperty());
        managedProperty().bind(visibleProperty());
    }

    /** "Edit Note…" from the Session menu: the note field takes the keyboard. */
    void focusNote() {
        note.requestFocus();
        note.end();
    }

    private static ToggleButton toggle(String text, String id, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        return b;
    }
}
