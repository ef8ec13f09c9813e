package org.conferenceplanner.ui.infra;

/** Opens a link in the user's browser; called only when the user clicks one. The app wires HostServices. */
@FunctionalInterface
public interface LinkOpener {
    void open(String url);
}
