package org.conferenceplanner.store;

/** The settings keys the app uses; other keys in the file are kept untouched. */
public final class SettingKeys {

    /** Window bounds in screen pixels (numbers) and whether it was maximised (boolean). */
    public static final String WINDOW_X = "window.x";
    public static final String WINDOW_Y = "window.y";
    public static final String WINDOW_WIDTH = "window.width";
    public static final String WINDOW_HEIGHT = "window.height";
    public static final String WINDOW_MAXIMIZED = "window.maximized";
    /** Width of the planner sidebar divider, 0..1 (number). */
    public static final String SIDEBAR_DIVIDER = "window.sidebarDivider";
    /** The conference day last shown, ISO date "2025-12-27" (string). */
    public static final String CHOSEN_DAY = "view.day";
    /** "conference" or "local": which zone times are shown in (string). */
    public static final String TIME_ZONE_MODE = "view.timeZone";
    /** "light", "dark" or "system" (string). */
    public static final String THEME = "view.theme";
    /** Folder last exported to (string path). */
    public static final String LAST_EXPORT_FOLDER = "export.folder";
    /** Minutes before a session a calendar reminder fires; 0 for none (integer). */
    public static final String REMINDER_MINUTES = "export.reminderMinutes";
    /** Folder a program was last opened from (string path). */
    public static final String LAST_OPEN_FOLDER = "open.folder";

    private SettingKeys() {
    }
}
