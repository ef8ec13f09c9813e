package org.conferenceplanner.ui.planner;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.collections.ListChangeListener;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.Styles;
import org.conferenceplanner.ui.state.OpenProgram;

/**
 * The planner sidebar: "My Plan" with the count and hours, the picks by day with gaps and collision
 * notes, each pick's priority, note and attended mark, a remove button per pick, and any contributed
 * {@link PlanAction}s below. A click (or Enter) on a pick selects it in the schedule; Delete removes it;
 * its context menu (right click, the menu key, Shift+F10) sets must/maybe and attended, edits the note
 * and removes it. A click (or Enter) on a gap shows the first session that fits in it. Binds to
 * {@link PlannerViewModel}.
 */
public final class PlannerView extends VBox {

    private final PlannerViewModel vm;
    private final Messages m;
    private final ListView<PlanRow> list = new ListView<>();
    private String lastSelectedId;

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
        list.setCellFactory(v -> new PlanRowCell(vm, m));
        PickMenu menu = new PickMenu(vm, m, this::editNote);
        // Right click, the menu key or Shift+F10: the menu of the selected pick (a right click selects first).
        list.setOnContextMenuRequested(e -> {
            PlanRow row = e.isKeyboardTrigger() ? list.getSelectionModel().getSelectedItem() : rowAt(e.getPickResult());
            if (row instanceof PlanRow.Item item && !menu.isShowing()) {
                list.getSelectionModel().select(item);
                menu.show(item, list, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        // Not every platform turns a right click into a context-menu request (the headless one does not).
        list.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && !menu.isShowing()
                    && rowAt(e.getPickResult()) instanceof PlanRow.Item item) {
                list.getSelectionModel().select(item);
                menu.show(item, list, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        list.setPlaceholder(new Label(""));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                selectCurrent();
            }
        });
        // Changing a pick rebuilds its line: keep it selected, so the keyboard stays where it was.
        list.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                lastSelectedId = row instanceof PlanRow.Item item ? item.sessionId() : null;
            }
        });
        vm.rows().addListener((ListChangeListener<PlanRow>) c -> keepSelection());
        list.setOnKeyPressed(e -> {
            PlanRow row = list.getSelectionModel().getSelectedItem();
            if (row instanceof PlanRow.Item item) {
                if (e.getCode() == KeyCode.ENTER) {
                    vm.select(item);
                    e.consume();
                } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                    vm.remove(item);
                    e.consume();
                } else if (!menu.isShowing() && (e.getCode() == KeyCode.CONTEXT_MENU
                        || e.getCode() == KeyCode.F10 && e.isShiftDown())) {
                    // Not every platform turns these keys into a context-menu request; show it here.
                    menu.showBelowSelected(item, list);
                    e.consume();
                }
            } else if (row instanceof PlanRow.Gap gap && e.getCode() == KeyCode.ENTER) {
                vm.showFirstFit(gap);
                e.consume();
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

    private void editNote(PlanRow.Item item) {
        new NoteDialog(getScene().getWindow(), m, item.title(), item.note()).ask().ifPresent(n -> vm.setNote(item, n));
    }

    /** The line under the mouse, null over the empty part of the list. */
    private static PlanRow rowAt(PickResult pick) {
        for (Node n = pick.getIntersectedNode(); n != null; n = n.getParent()) {
            if (n instanceof PlanRowCell cell) {
                return cell.isEmpty() ? null : cell.getItem();
            }
        }
        return null;
    }

    private void keepSelection() {
        if (lastSelectedId == null) {
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof PlanRow.Item item && item.sessionId().equals(lastSelectedId)) {
                if (list.getSelectionModel().getSelectedIndex() != i) {
                    list.getSelectionModel().select(i);
                }
                return;
            }
        }
    }

    private void selectCurrent() {
        PlanRow row = list.getSelectionModel().getSelectedItem();
        if (row instanceof PlanRow.Item item) {
            vm.select(item);
        } else if (row instanceof PlanRow.Gap gap) {
            vm.showFirstFit(gap);
        }
    }
}
