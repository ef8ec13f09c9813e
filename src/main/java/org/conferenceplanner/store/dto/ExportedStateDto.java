package org.conferenceplanner.store.dto;

/** What was last exported to a calendar for one session. */
public final class ExportedStateDto extends UnknownFields {
    public int sequence;
    public String fingerprint;
    public String exportedAt;
    public boolean cancelled;
    /** The UID written (absent in files from before UIDs were kept). */
    public String uid;
}
