package org.conferenceplanner.store.dto;

/** One picked session; {@code priority} is {@code MUST} or {@code MAYBE}. */
public final class PlanEntryDto extends UnknownFields {
    public String sessionId;
    public String priority;
    public String note;
    public boolean attended;
    public String addedAt;
    public SessionDto lastKnown;
}
