package org.conferenceplanner.export;

import java.util.Locale;

/** The calendar formats the app writes, with the file extension each gets. */
public enum ExportFormat {
    ICS("iCalendar (.ics)", "ics"),
    VCS("vCalendar 1.0 (.vcs)", "vcs"),
    GOOGLE("Google Calendar links", "html");

    private final String label;
    private final String extension;

    ExportFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    /** The extension of a file written in this format (a Google export of several sessions is an HTML page). */
    public String extension() {
        return extension;
    }

    /** Reads {@code ics}, {@code vcs} or {@code google}, in any case. */
    public static ExportFormat parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
