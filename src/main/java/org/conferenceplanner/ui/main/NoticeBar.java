package org.conferenceplanner.ui.main;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.Styles;
import org.conferenceplanner.ui.programs.ProgramsViewModel;

/** The strip above the schedule that says what is loading or what went wrong, with a link to the report. */
final class NoticeBar extends HBox {

    NoticeBar(ProgramsViewModel vm, Messages m) {
        setId("notice-bar");
        getStyleClass().add(Styles.NOTICE);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Label text = new Label();
        text.setId("notice-text");
        text.setWrapText(true);
        text.textProperty().bind(vm.noticeProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button report = new Button(m.get("programs.showReport"));
        report.setId("notice-report");
        report.setOnAction(e -> vm.showNoticeReport());
        report.visibleProperty().bind(vm.noticeReportProperty().isNotNull());
        report.managedProperty().bind(report.visibleProperty());
        Button dismiss = new Button("\u00d7");
        dismiss.setId("notice-dismiss");
        dismiss.setAccessibleText(m.get("programs.dismiss"));
        dismiss.getStyleClass().add("remove-button");
        dismiss.setOnAction(e -> vm.dismissNotice());
        dismiss.visibleProperty().bind(vm.busyProperty().not());
        getChildren().addAll(busy, text, report, dismiss);
        visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
