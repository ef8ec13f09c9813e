package org.conferenceplanner.ui.main;

/** Where the window was and how big, as remembered between runs. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 420;

}
