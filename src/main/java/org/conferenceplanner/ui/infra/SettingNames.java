package org.conferenceplanner.ui.infra;

import org.conferenceplanner.store.SettingKeys;

/** The keys the window remembers its choices under; the store's names where it defines them. */
public final class SettingNames {

    public static final String WINDOW_X = SettingKeys.WINDOW_X;
    public static final String WINDOW_Y = SettingKeys.WINDOW_Y;
    public static final String WINDOW_WIDTH = SettingKeys.WINDOW_WIDTH;
    public static final String WINDOW_HEIGHT = SettingKeys.WINDOW_HEIGHT;
    public static final String WINDOW_MAXIMIZED = SettingKeys.WINDOW_MAXIMIZED;
    /** "light", "dark" or "system". */
    public static final String THEME = SettingKeys.THEME;
    /** The day last shown, ISO date; used when the opened conference has that day. */
    public static final String DAY = SettingKeys.CHOSEN_DAY;
    /** Whether the second time axis in the laptop's zone is shown (boolean). */
    public static final String SECOND_ZONE = "view.secondZone";
    /** "grid" or "list". */
    public static final String MODE = "view.mode";
    /** "event_type" or "track". */
    public static final String COLOUR_BY = "view.colourBy";
    public static final String EMPTY_ROOMS = "view.emptyRooms";
    /** Pixels per minute of the time scale (number). */
    public static final String ZOOM = "view.zoom";
    public static final String PLANNER_SHOWN = "window.planner";
    public static final String DETAIL_SHOWN = "window.detail";
    /** The folder a calendar file was last saved in (string path). */
    public static final String EXPORT_FOLDER = SettingKeys.LAST_EXPORT_FOLDER;
    /** Minutes before a session a calendar reminder fires; 0 for none (integer). */
    public static final String REMINDER_MINUTES = SettingKeys.REMINDER_MINUTES;

    private SettingNames() {
    }
}
