package org.conferenceplanner.ui.schedule;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.conferenceplanner.ui.infra.DialogStyles;
import org.conferenceplanner.ui.infra.Messages;

/**
 * Rooms › which rooms are columns and in which order: a check per room (checked = shown) and
 * Move Up / Move Down / Reset. Changes apply at once through {@link RoomsViewModel}.
 */
public final class RoomsDialog extends Dialog<Void> {

    public RoomsDialog(Window owner, RoomsViewModel vm, Messages m) {
        initOwner(owner);
        DialogStyles.follow(getDialogPane(), owner);
        setTitle(m.get("rooms.title"));
        setHeaderText(m.get("rooms.header"));
        setResizable(true);
        ListView<String> list = new ListView<>(vm.rooms());
        list.setId("rooms-list");
        list.setPrefSize(360, 420);
        list.setCellFactory(v -> new ListCell<>() {
            // The check shows or hides the room; clicking the name only selects the row (for moving).
            private final CheckBox check = new CheckBox();
            private final Label name = new Label();
            private final HBox box = new HBox(8, check, name);

            {
                box.setAlignment(Pos.CENTER_LEFT);
                check.setOnAction(e -> {
                    if (getItem() != null) {
                        vm.setHidden(getItem(), !check.isSelected());
                    }
                });
            }

            @Override
            protected void updateItem(String room, boolean empty) {
                super.updateItem(room, empty);
                if (empty || room == null) {
                    setGraphic(null);
                    return;
                }
                name.setText(room.isEmpty() ? m.get("schedule.noRoom") : room);
                check.setSelected(!vm.isHidden(room));
                check.setAccessibleText(m.get("rooms.show", name.getText()));
                setGraphic(box);
            }
        });
        Button up = new Button(m.get("rooms.up"));
        up.setId("rooms-up");
        up.setOnAction(e -> move(list, vm, -1));
        Button down = new Button(m.get("rooms.down"));
        down.setId("rooms-down");
        down.setOnAction(e -> move(list, vm, 1));
        Button reset = new Button(m.get("rooms.reset"));
        reset.setOnAction(e -> {
            vm.reset();
            list.refresh();
        });
        up.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        down.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        for (Button b : new Button[] {up, down, reset}) {
            b.setMaxWidth(Double.MAX_VALUE);
        }
        VBox buttons = new VBox(6, up, down, reset);
        buttons.setAlignment(Pos.TOP_CENTER);
        HBox body = new HBox(10, list, buttons);
        body.setPadding(new Insets(10));
        getDialogPane().setContent(body);
        getDialogPane().getButtonTypes().add(new ButtonType(m.get("rooms.close"), ButtonType.CLOSE.getButtonData()));
    }

    private static void move(ListView<String> list, RoomsViewModel vm, int delta) {
        String room = list.getSelectionModel().getSelectedItem();
        if (room != null) {
            int to = vm.move(room, delta);
            list.getSelectionModel().select(to);
            list.scrollTo(Math.max(0, to - 3));
        }
    }
}
