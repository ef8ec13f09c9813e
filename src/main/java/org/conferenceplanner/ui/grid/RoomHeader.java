package org.conferenceplanner.ui.grid;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The room names above the columns. It stays put vertically and follows the body's horizontal scroll;
 * like the body it only holds labels for the columns in view. FX thread only.
 */
final class RoomHeader extends Region {

    private final LabelPool labels = new LabelPool(getChildren(), () -> newLabel(""));
    /** Measures the row height; never shown. */
    private final Label probe = newLabel("Room");
    private final Rectangle clip = new Rectangle();
    private List<String> rooms = List.of();
    private GridGeometry geometry;
    private double scrollX;

    RoomHeader() {
        getStyleClass().add(GridStyles.ROOM_HEADER);
        setClip(clip);
        probe.setVisible(false);
        getChildren().add(probe);
    }

    void setRooms(List<String> names) {
        rooms = names;
        requestLayout();
    }

    void setGeometry(GridGeometry g) {
        geometry = g;
        requestLayout();
    }

    void scrollTo(double x) {
        scrollX = x;
        requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + probe.prefHeight(-1) + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        labels.begin();
        if (geometry != null) {
            int first = geometry.firstVisibleRoom(scrollX);
            int end = Math.min(rooms.size(), geometry.endVisibleRoom(scrollX, getWidth()));
            for (int r = first; r < end; r++) {
                Label label = labels.next();
                label.setText(rooms.get(r));
                label.setAccessibleText("room " + rooms.get(r));
                double left = snapPositionX(geometry.x(r) - scrollX);
                double right = snapPositionX(geometry.x(r + 1) - scrollX);
                label.resizeRelocate(left, 0, right - left, getHeight());
            }
        }
        labels.end();
    }

    private static Label newLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(GridStyles.ROOM_LABEL);
        l.setManaged(false);
        l.setMinWidth(0);
        return l;
    }

    /** For tests: the room names shown, left to right. */
    List<String> shownRooms() {
        return labels.shownTexts();
    }
}
