package org.conferenceplanner.ui.infra;

/** Puts text on the system clipboard; called only when the user asks. The app wires the FX clipboard. FX thread. */
@FunctionalInterface
public interface TextClipboard {
    void copy(String text);
}
