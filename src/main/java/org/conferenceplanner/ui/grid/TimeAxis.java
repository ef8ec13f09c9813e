package org.conferenceplanner.ui.grid;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A column of clock labels in one zone beside the grid. It stays put horizontally and follows the
 * body's vertical scroll; labels exist only for the ticks in view. Each label is the clock time of its
 * tick's instant in this axis's zone, so a second axis is right across DST changes. FX thread only.
 */
final class TimeAxis extends Region {

    private final ZoneLabels zoneLabels;
    private final LabelPool labels = new LabelPool(getChildren(), () -> newLabel(""));
    /** Measures the column width; never shown. */
    private final Label probe = newLabel("00:00");
    private final Rectangle clip = new Rectangle();
    private ZoneId zone;
    private GridGeometry geometry;
    private double scrollY;

    TimeAxis(ZoneLabels zoneLabels, String styleClass) {
        this.zoneLabels = zoneLabels;
        getStyleClass().addAll(GridStyles.TIME_AXIS, styleClass);
        setClip(clip);
        probe.setVisible(false);
        getChildren().add(probe);
    }

    void setZone(ZoneId z) {
        zone = z;
        requestLayout();
    }

    void setGeometry(GridGeometry g) {
        geometry = g;
        requestLayout();
    }

    void scrollTo(double y) {
        scrollY = y;
        requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + probe.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        labels.begin();
        if (geometry != null && zone != null) {
            int step = geometry.labelStepMinutes();
            double labelHeight = probe.prefHeight(-1);
            double top = geometry.minuteAt(scrollY - labelHeight);
            double bottom = geometry.minuteAt(scrollY + getHeight() + labelHeight);
            int firstTick = (int) Math.max(0, Math.ceil(top / step));
            int lastTick = (int) Math.min(geometry.range().minutes() / step, Math.floor(bottom / step));
            for (int k = firstTick; k <= lastTick; k++) {
                Label label = labels.next();
                Instant tick = geometry.range().instantAt((double) k * step);
                label.setText(zoneLabels.clock(tick, zone));
                double lineY = geometry.y((double) k * step) - scrollY;
                double y = k == 0 ? lineY : lineY - labelHeight / 2;
                label.resizeRelocate(snappedLeftInset(), snapPositionY(y),
                        getWidth() - snappedLeftInset() - snappedRightInset(), labelHeight);
            }
        }
        labels.end();
    }

    private static Label newLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(GridStyles.TIME_LABEL);
        l.setManaged(false);
        return l;
    }

    /** For tests: the clock labels shown, top to bottom. */
    List<String> shownLabels() {
        return labels.shownTexts();
    }
}
