package org.conferenceplanner.ui.export;

import java.time.LocalDate;
import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.conferenceplanner.export.ExportFormat;
import org.conferenceplanner.export.ExportOptions;
import org.conferenceplanner.ui.export.PlanExportViewModel.Scope;
import org.conferenceplanner.ui.infra.DialogStyles;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.Styles;

/**
 * The "Export plan…" dialog: format, which sessions, reminder; "Export…" asks where to save (the
 * proposed name and folder come from the view model), then the report of what was written appears in
 * the dialog, which stays open for another export. Binds to {@link PlanExportViewModel}. FX thread.
 */
public final class PlanExportDialog extends Dialog<Void> {

    public static final String ID = "plan-export-dialog";

    private final PlanExportViewModel vm;
    private final Messages m;
    private Spinner<Integer> minutes;

    public PlanExportDialog(Window owner, PlanExportViewModel vm, SaveFilePicker picker, Messages m) {
        this.vm = vm;
        this.m = m;
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        DialogStyles.follow(getDialogPane(), owner);
        setTitle(m.get("export.plan.title"));
        setResizable(true);
        getDialogPane().setId(ID);

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, fieldName("export.plan.format"), formats());
        form.addRow(1, fieldName("export.plan.which"), scopes());
        form.addRow(2, fieldName("export.plan.reminder"), reminder());
        Label hint = new Label(m.get("export.plan.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add(Styles.MUTED);

        VBox body = new VBox(14, form, hint, report());
        body.setPadding(new Insets(12));
        body.setPrefWidth(640);
        getDialogPane().setContent(body);

        ButtonType export = new ButtonType(m.get("export.plan.run"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(m.get("export.plan.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(export, close);
        getDialogPane().lookupButton(close).setId("export-close");
        Button exportButton = (Button) getDialogPane().lookupButton(export);
        exportButton.setId("export-run");
        exportButton.disableProperty().bind(vm.busyProperty());
        // The dialog stays open: the report appears in it, and another format can follow.
        exportButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            commitReminder();
            picker.choose(getDialogPane().getScene().getWindow(), vm.saveRequest()).ifPresent(vm::export);
        });
    }

    private Label fieldName(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add(Styles.FIELD_NAME);
        l.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(l, VPos.TOP);
        return l;
    }

    private Node formats() {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(4);
        for (ExportFormat f : ExportFormat.values()) {
            RadioButton b = new RadioButton(FormatTexts.choice(f, m));
            b.setId("export-format-" + f.extension());
            b.setWrapText(true);
            b.setToggleGroup(group);
            b.setUserData(f);
            b.setSelected(vm.formatProperty().get() == f);
            box.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                vm.formatProperty().set((ExportFormat) now.getUserData());
            }
        });
        return box;
    }

    private Node scopes() {
        ToggleGroup group = new ToggleGroup();
        RadioButton all = scope(group, Scope.ALL, "export.scope.all");
        RadioButton must = scope(group, Scope.MUST, "export.scope.must");
        RadioButton oneDay = scope(group, Scope.DAY, "export.scope.day");
        ComboBox<LocalDate> day = new ComboBox<>(vm.days());
        day.setId("export-day");
        day.setCellFactory(v -> new DayCell());
        day.setButtonCell(new DayCell());
        day.valueProperty().bindBidirectional(vm.dayProperty());
        day.disableProperty().bind(vm.scopeProperty().isNotEqualTo(Scope.DAY));
        oneDay.setDisable(vm.days().isEmpty());
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                vm.scopeProperty().set((Scope) now.getUserData());
            }
        });
        HBox dayRow = new HBox(8, oneDay, day);
        dayRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, all, must, dayRow);
    }

    private RadioButton scope(ToggleGroup group, Scope scope, String key) {
        RadioButton b = new RadioButton(scope == Scope.DAY ? m.get(key) : m.get(key, vm.picks(scope, null)));
        b.setId("export-scope-" + scope.name().toLowerCase(Locale.ROOT));
        b.setToggleGroup(group);
        b.setUserData(scope);
        b.setSelected(vm.scopeProperty().get() == scope);
        return b;
    }

    private Node reminder() {
        minutes = new Spinner<>(0, ExportOptions.MAX_ALARM_MINUTES, vm.reminderMinutesProperty().get(), 5);
        minutes.setId("export-reminder");
        minutes.setEditable(true);
        minutes.setPrefWidth(100);
        minutes.valueProperty().addListener((o, old, now) -> vm.reminderMinutesProperty().set(now == null ? 0 : now));
        minutes.disableProperty().bind(vm.reminderAppliesProperty().not());
        Label unit = new Label(m.get("export.plan.reminderUnit"));
        HBox row = new HBox(8, minutes, unit);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A number typed into the reminder field counts even when Enter was not pressed. */
    private void commitReminder() {
        try {
            Integer typed = minutes.getValueFactory().getConverter().fromString(minutes.getEditor().getText());
            if (typed != null) {
                minutes.getValueFactory().setValue(typed);
            }
        } catch (RuntimeException e) {
            minutes.getEditor().setText(String.valueOf(minutes.getValue()));
        }
    }

    private Node report() {
        Label headline = new Label();
        headline.setId("export-report-headline");
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        headline.getStyleClass().add(Styles.HEADING);
        VBox details = new VBox(3);
        details.setId("export-report-details");
        Label error = new Label();
        error.setId("export-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(6, headline, details);
        box.setId("export-report");
        box.visibleProperty().bind(vm.reportProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        vm.reportProperty().addListener((o, old, report) -> {
            details.getChildren().clear();
            headline.setText(report == null ? "" : report.headline());
            if (report != null) {
                report.details().forEach(d -> details.getChildren().add(wrapped(d, null)));
                if (!report.leftOut().isEmpty()) {
                    details.getChildren().add(wrapped(m.get("export.report.leftOut"), Styles.FIELD_NAME));
                    report.leftOut().forEach(d -> details.getChildren().add(wrapped("\u2022 " + d, "export-left-out")));
                }
            }
            fitContent();
        });
        vm.errorProperty().addListener(o -> fitContent());
        return new VBox(6, error, box);
    }

    /** A report or an error makes the content taller: grow the window so the buttons stay in it. */
    private void fitContent() {
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }

    private final class DayCell extends ListCell<LocalDate> {
        @Override
        protected void updateItem(LocalDate date, boolean empty) {
            super.updateItem(date, empty);
            setText(empty || date == null ? null
                    : m.get("export.scope.dayChoice", vm.dayLabel(date), vm.picks(Scope.DAY, date)));
        }
    }
}
