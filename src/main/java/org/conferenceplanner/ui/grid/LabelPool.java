package org.conferenceplanner.ui.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The reused labels of a ruler beside the grid (room names, clock ticks): a layout pass takes the
 * first n and the rest are hidden, so a ruler holds only as many labels as ever were in view at once.
 * FX thread only.
 */
final class LabelPool {

    private final ObservableList<Node> parent;
    private final Supplier<Label> factory;
    private final List<Label> labels = new ArrayList<>();
    private int shown;

    /** @param parent the children of the ruler the labels are laid out in; {@code factory} makes an unmanaged label */
    LabelPool(ObservableList<Node> parent, Supplier<Label> factory) {
        this.parent = parent;
        this.factory = factory;
    }

    /** Starts a layout pass: no label is taken yet. */
    void begin() {
        shown = 0;
    }

    /** The next label of this pass, visible; made and styled the first time so many are needed. */
    Label next() {
        if (shown == labels.size()) {
            Label l = factory.get();
            labels.add(l);
            parent.add(l);
            l.applyCss();
        }
        Label label = labels.get(shown++);
        label.setVisible(true);
        return label;
    }

    /** Ends a layout pass: the labels not taken are hidden. */
    void end() {
        for (int i = shown; i < labels.size(); i++) {
            labels.get(i).setVisible(false);
        }
    }

    /** The texts of the labels shown, in the order they were taken. */
    List<String> shownTexts() {
        return labels.stream().filter(Label::isVisible).map(Label::getText).toList();
    }
}
