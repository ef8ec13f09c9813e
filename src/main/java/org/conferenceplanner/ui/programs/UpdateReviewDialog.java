package org.conferenceplanner.ui.programs;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.Styles;

/**
 * Shows what a program update did to the user's picks and lets them untick the ones to drop. Not
 * modal: the window stays usable, and closing the dialog without applying keeps every pick. FX thread.
 */
public final class UpdateReviewDialog extends Dialog<Set<String>> {

    public static final String KEEP = "update-keep";
    public static final String CHANGE = "update-change";

    public UpdateReviewDialog(Window owner, UpdateReview review, Messages m, Consumer<Set<String>> dropped) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle(m.get("update.title"));
        setResizable(true);
        getDialogPane().setId("update-review");
        Label summary = new Label(review.summary());
        summary.setId("update-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.HEADING);
        VBox rows = new VBox(10);
        List<CheckBox> keeps = review.rows().stream().map(r -> {
            CheckBox keep = new CheckBox(r.title());
            keep.setSelected(true);
            keep.setUserData(r.planId());
            keep.getStyleClass().add(KEEP);
            Label status = new Label(r.status());
            status.getStyleClass().add(Styles.MUTED);
            VBox row = new VBox(2, keep, status);
            for (String change : r.changes()) {
                Label line = new Label(change);
                line.setWrapText(true);
                line.getStyleClass().add(CHANGE);
                row.getChildren().add(line);
            }
            rows.getChildren().add(row);
            return keep;
        }).toList();
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 70.0 * review.rows().size()));
        getDialogPane().setContent(new VBox(12, summary, scroll));
        getDialogPane().setPrefWidth(620);
        ButtonType apply = new ButtonType(m.get("update.apply"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(apply, ButtonType.CLOSE);
        setResultConverter(button -> {
            Set<String> drop = new LinkedHashSet<>();
            if (button == apply) {
                keeps.stream().filter(k -> !k.isSelected()).forEach(k -> drop.add((String) k.getUserData()));
            }
            return drop;
        });
        setOnHidden(e -> dropped.accept(getResult() == null ? Set.of() : getResult()));
    }
}
