package org.conferenceplanner.ui.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
        setId("legend");
        getStyleClass().add(STYLE_CLASS);
        setHgap(12);
        setVgap(4);
        setAlignment(Pos.CENTER_LEFT);
    }

    /**
     * @param categories the categories in use, in colour order
     * @param styleClass the colour style class of a category (null for none)
     */
    public void show(List<String> categories, Function<String, String> styleClass) {
        List<Node> items = new ArrayList<>();
        for (String category : categories) {
            Region chip = new Region();
            chip.getStyleClass().add(Styles.CHIP);
            String colour = styleClass.apply(category);
            if (colour != null) {
                chip.getStyleClass().add(colour);
            }
            HBox item = new HBox(4, chip, new Label(category));
            item.setAlignment(Pos.CENTER_LEFT);
            items.add(item);
        }
        getChildren().setAll(items);
    }
}
