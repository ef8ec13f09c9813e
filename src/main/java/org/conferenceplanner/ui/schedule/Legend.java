package org.conferenceplanner.ui.schedule;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.conferenceplanner.ui.infra.Styles;

/** The colour key: one chip and name per category in use on the shown day. */
public final class Legend extends FlowPane {

    public static final String STYLE_CLASS = "legend";

    public Legend() {
        getStyleClass().add(STYLE_CLASS);
        setHgap(12);
        setVgap(4);
        setAlignment(Pos.CENTER_LEFT);
    }

    public void show(CategoryClasses categories, String unnamed) {
        List<Node> items = new ArrayList<>();
        List<String> names = categories.categories();
        for (int i = 0; i < names.size(); i++) {
            Region chip = new Region();
            chip.getStyleClass().addAll(Styles.CHIP, CategoryClasses.PREFIX + (i % CategoryClasses.SLOTS));
            Label name = new Label(names.get(i).isEmpty() ? unnamed : names.get(i));
            HBox item = new HBox(4, chip, name);
            item.setAlignment(Pos.CENTER_LEFT);
            items.add(item);
        }
        getChildren().setAll(items);
    }
}
