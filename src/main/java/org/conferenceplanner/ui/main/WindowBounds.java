package org.conferenceplanner.ui.main;

import java.util.Locale;
import java.util.Optional;

/** Where the window was and how big, as remembered between runs. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 420;

    /** "x,y,width,height,maximized". */
    public String format() {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximized);
    }

    public static Optional<WindowBounds> parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            WindowBounds b = new WindowBounds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]));
            return b.width() >= MIN_WIDTH && b.height() >= MIN_HEIGHT ? Optional.of(b) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
