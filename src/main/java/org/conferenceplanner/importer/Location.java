package org.conferenceplanner.importer;

import java.util.Objects;

/**
 * Where in a file a problem is: a line (1-based, 0 when unknown) and/or an element path
 * such as {@code schedule/day[2]/room[Saal 1]/event[12345]}.
 */
public record Location(String file, int line, String path) {
    public Location {
        file = Objects.requireNonNullElse(file, "");
        path = Objects.requireNonNullElse(path, "");
    }

    public static Location of(String file) {
        return new Location(file, 0, "");
    }

    public static Location line(String file, int line) {
        return new Location(file, line, "");
    }

    public static Location path(String file, String path) {
        return new Location(file, 0, path);
    }

    public Location withLine(int newLine) {
        return new Location(file, newLine, path);
    }

    /** "file:12", "file:12 (schedule/day[1])", "file (schedule/day[1])" or "file". */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        if (!path.isEmpty()) {
            sb.append(sb.length() == 0 ? "" : " ").append('(').append(path).append(')');
        }
        return sb.toString();
    }
}
