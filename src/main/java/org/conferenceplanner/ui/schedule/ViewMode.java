package org.conferenceplanner.ui.schedule;

/** How a day is shown: the room × time grid, or a list in time order. */
public enum ViewMode {
    GRID, LIST
}
