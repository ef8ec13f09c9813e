package org.conferenceplanner.importer;

import java.util.Objects;

/** One thing an importer noticed, written for the user: what is wrong and where. */
public record Problem(Severity severity, String message, Location location) {
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    public static Problem info(Location where, String message) {
        return new Problem(Severity.INFO, message, where);
    }

    public static Problem warning(Location where, String message) {
        return new Problem(Severity.WARNING, message, where);
    }

    public static Problem error(Location where, String message) {
        return new Problem(Severity.ERROR, message, where);
    }

    /** "file:12: WARNING: message" — the one-line form for the command line. */
    @Override
    public String toString() {
        return location + ": " + severity + ": " + message;
    }
}
