package org.conferenceplanner.ui.grid;

import javafx.css.PseudoClass;

/** The style classes and pseudo-classes of {@code grid.css}, named once. */
public final class GridStyles {

    public static final String GRID = "schedule-grid";
    public static final String BODY = "grid-body";
    public static final String CELL = "session-cell";
    public static final String ROOM_HEADER = "room-header";
    public static final String ROOM_LABEL = "room-label";
    public static final String TIME_AXIS = "time-axis";
    public static final String SECOND_AXIS = "second-axis";
    public static final String TIME_LABEL = "time-label";
    public static final String AXIS_TITLE = "axis-title";
    public static final String CORNER = "grid-corner";
    public static final String HOUR_LINES = "hour-lines";
    public static final String MINOR_LINES = "minor-lines";
    public static final String ROOM_LINES = "room-lines";
    public static final String NOW_LINE = "now-line";

    public static final PseudoClass PLANNED = PseudoClass.getPseudoClass("planned");
    public static final PseudoClass MAYBE = PseudoClass.getPseudoClass("maybe");
    public static final PseudoClass CONFLICT = PseudoClass.getPseudoClass("conflict");
    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    public static final PseudoClass MATCH = PseudoClass.getPseudoClass("match");
    public static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    public static final PseudoClass CANCELLED = PseudoClass.getPseudoClass("cancelled");
    /** On the selected cell while the grid has the keyboard focus (the cell itself never takes focus). */
    public static final PseudoClass FOCUSED = PseudoClass.getPseudoClass("focused");

    private GridStyles() {
    }
}
