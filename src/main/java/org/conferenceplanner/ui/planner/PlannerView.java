package org.conferenceplanner.ui.planner;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.Styles;
import org.conferenceplanner.ui.state.OpenProgram;

/**
 * The planner sidebar: "My Plan" with the count and hours, the picks by day with gaps and collision
 * notes, a remove button per pick, and any contributed {@link PlanAction}s below. A click (or Enter)
 * on a pick selects it in the schedule; Delete removes it. Binds to {@link PlannerViewModel}.
 */
public final class PlannerView extends VBox {

    private final PlannerViewModel vm;
    private final Messages m;
    private final ListView<PlanRow> list = new ListView<>();

    public PlannerView(PlannerViewModel vm, Messages m, List<PlanAction> actions, Supplier<OpenProgram> current) {
        this.vm = vm;
        this.m = m;
        setId("planner");
        getStyleClass().add(Styles.SIDEBAR);
        Label title = new Label(m.get("planner.title"));
        title.getStyleClass().add(Styles.TITLE);
        Label summary = new Label();
        summary.setId("plan-summary");
        summary.getStyleClass().add(Styles.MUTED);
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        VBox head = new VBox(2, title, summary);
        head.setPadding(new Insets(12, 12, 6, 12));

        list.setId("plan-list");
        list.getStyleClass().add(Styles.PLAN_LIST);
        list.setItems(vm.rows());
        list.setCellFactory(v -> new RowCell());
        list.setPlaceholder(new Label(""));
        list.setOnMouseClicked(e -> selectCurrent());
        list.setOnKeyPressed(e -> {
            PlanRow row = list.getSelectionModel().getSelectedItem();
            if (row instanceof PlanRow.Item item) {
                if (e.getCode() == KeyCode.ENTER) {
                    vm.select(item);
                    e.consume();
                } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                    vm.remove(item);
                    e.consume();
                }
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        FlowPane actionBar = new FlowPane(8, 6);
        actionBar.setId("plan-actions");
        actionBar.setPadding(new Insets(8, 12, 12, 12));
        for (PlanAction a : actions) {
            Button b = new Button(a.label());
            if (!a.id().isEmpty()) {
                b.setId(a.id());
            }
            b.disableProperty().bind(vm.overviewProperty().isNull());
            b.setOnAction(e -> {
                OpenProgram p = current.get();
                if (p != null) {
                    a.run(p, getScene().getWindow());
                }
            });
            actionBar.getChildren().add(b);
        }
        actionBar.setVisible(!actions.isEmpty());
        actionBar.setManaged(!actions.isEmpty());
        getChildren().addAll(head, list, actionBar);
    }

    private void selectCurrent() {
        if (list.getSelectionModel().getSelectedItem() instanceof PlanRow.Item item) {
            vm.select(item);
        }
    }

    private final class RowCell extends ListCell<PlanRow> {
        private final Label time = new Label();
        private final Label title = new Label();
        private final Label room = new Label();
        private final Label collision = new Label();
        private final Button remove = new Button("\u00d7");
        private final HBox itemBox;

        RowCell() {
            // Fill the list's width instead of widening it (no sideways scrolling in a sidebar).
            setPrefWidth(0);
            setWrapText(true);
            time.getStyleClass().add("time");
            title.getStyleClass().add(Styles.TITLE);
            title.setWrapText(true);
            room.getStyleClass().add(Styles.MUTED);
            collision.getStyleClass().add(Styles.COLLISION);
            collision.setWrapText(true);
            remove.getStyleClass().add("remove-button");
            remove.setTooltip(new Tooltip(m.get("planner.remove.tooltip")));
            remove.setAccessibleText(m.get("planner.remove.tooltip"));
            remove.setFocusTraversable(false);
            remove.setOnAction(e -> {
                if (getItem() instanceof PlanRow.Item item) {
                    vm.remove(item);
                }
            });
            VBox text = new VBox(1, new HBox(8, time, room), title, collision);
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
                collision.setText(item.collision());
                collision.setVisible(item.collides());
                collision.setManaged(item.collides());
                pseudoClassStateChanged(Styles.CONFLICT, item.collides());
                setGraphic(itemBox);
                setAccessibleText(item.title() + ", " + item.time() + ", " + item.room()
                        + (item.collides() ? ", " + item.collision() : ""));
            }
        }
    }
}
