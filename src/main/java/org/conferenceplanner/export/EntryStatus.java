package org.conferenceplanner.export;

/** Whether a calendar entry is live, and if not, why it is written as cancelled. */
public enum EntryStatus {
    CONFIRMED("", ""),
    CANCELLED_BY_ORGANISERS("Cancelled: ", "Cancelled by the organisers."),
    REMOVED_FROM_PLAN("Removed from plan: ", "Removed from your plan."),
    GONE_FROM_PROGRAM("Cancelled: ", "No longer in the conference program.");

    private final String titlePrefix;
    private final String note;

    EntryStatus(String titlePrefix, String note) {
        this.titlePrefix = titlePrefix;
        this.note = note;
    }

    /**
     * Put before the title of a cancelled entry: calendars that ignore STATUS:CANCELLED (and every
     * vCalendar 1.0 reader, which has no such status) still show that the session is off.
     */
    public String titlePrefix() {
        return titlePrefix;
    }

    /** The sentence that opens the description of a cancelled entry, empty for a live one. */
    public String note() {
        return note;
    }

    public boolean isCancelled() {
        return this != CONFIRMED;
    }
}
