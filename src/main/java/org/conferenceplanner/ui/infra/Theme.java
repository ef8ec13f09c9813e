package org.conferenceplanner.ui.infra;

/** The colour theme the user chose; SYSTEM follows the desktop where it can be read. */
public enum Theme {
    SYSTEM, LIGHT, DARK;

    /** Whether the window is dark under this choice, given what the desktop prefers. */
    public boolean isDark(boolean systemPrefersDark) {
        return this == DARK || (this == SYSTEM && systemPrefersDark);
    }

    public static Theme parse(String text) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(text)) {
                return t;
            }
        }
        return SYSTEM;
    }
}
