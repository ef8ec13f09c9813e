package org.conferenceplanner.ui.programs;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.conferenceplanner.importer.Severity;
import org.conferenceplanner.ui.infra.DialogStyles;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.Styles;

/**
 * The import report: a summary line and a table of problems (severity, message, where). Text only,
 * selectable by row; never an exception or a stack trace.
 */
public final class ImportReportDialog extends Dialog<Void> {

    public ImportReportDialog(Window owner, ImportReport report, Messages m) {
        initOwner(owner);
        DialogStyles.follow(getDialogPane(), owner);
        setTitle(m.get("report.title"));
        setResizable(true);
        getDialogPane().setId("import-report");
        Label summary = new Label(report.summary());
        summary.setId("report-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.HEADING);

        TableView<ImportReport.Row> table = new TableView<>();
        table.setId("report-table");
        table.setPlaceholder(new Label(m.get("report.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ImportReport.Row, String> severity = new TableColumn<>(m.get("report.severity"));
        severity.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().severityText()));
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                ImportReport.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().remove(Styles.SEVERITY);
                getStyleClass().add(Styles.SEVERITY);
                pseudoClassStateChanged(Styles.ERROR, row != null && row.severity() == Severity.ERROR);
                pseudoClassStateChanged(Styles.WARNING, row != null && row.severity() == Severity.WARNING);
            }
        });
        severity.setPrefWidth(80);
        severity.setMaxWidth(100);
        TableColumn<ImportReport.Row, String> message = new TableColumn<>(m.get("report.message"));
        message.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().message()));
        message.setPrefWidth(420);
        message.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // Long messages are cut to the column; the whole sentence is one hover away.
                setTooltip(empty || text == null ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        TableColumn<ImportReport.Row, String> where = new TableColumn<>(m.get("report.where"));
        where.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().where()));
        where.setPrefWidth(260);
        table.getColumns().add(severity);
        table.getColumns().add(message);
        table.getColumns().add(where);
        table.getItems().setAll(report.rows());
        table.setPrefSize(820, 360);
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox body = new VBox(10, summary, table);
        body.setPadding(new Insets(12));
        getDialogPane().setContent(body);
        getDialogPane().getButtonTypes().add(new ButtonType(m.get("report.close"), ButtonType.CLOSE.getButtonData()));
    }
}
