package org.conferenceplanner.importer.frabjson;

import java.util.List;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.Location;

/**
 * One event as read from the stream, waiting for the facts that finish it (zone, day dates, room
 * and track lists). Either carries a half-built session or the reason it was refused.
 * Not thread-safe.
 */
final class PendingEvent {

    final Location where;
    /** {@code event 1233 "Opening Ceremony"}: how problems name the event. */
    final String label;
    /** Index into {@code conference.days}, or -1 for an event not listed under a day (schedule v2). */
    final int dayPosition;
    /** The {@code rooms{}} key the event is listed under, or null (schedule v2). */
    final String listedRoom;
    final Session.Builder session;
    final EventTimes times;
    /** As written; relative URLs are resolved against the schedule's base URL when it is known. */
    final List<Link> links;
    final String roomName;
    final String roomGuid;
    final String trackSlug;
    final String refusal;

    private PendingEvent(Location where, String label, int dayPosition, String listedRoom, Session.Builder session,
            EventTimes times, List<Link> links, String roomName, String roomGuid, String trackSlug, String refusal) {
        this.where = where;
        this.label = label;
        this.dayPosition = dayPosition;
        this.listedRoom = listedRoom;
        this.session = session;
        this.times = times;
        this.links = links;
        this.roomName = roomName;
        this.roomGuid = roomGuid;
        this.trackSlug = trackSlug;
        this.refusal = refusal;
    }

    static PendingEvent kept(Location where, String label, int dayPosition, String listedRoom, Session.Builder session,
            EventTimes times, List<Link> links, String roomName, String roomGuid, String trackSlug) {
        return new PendingEvent(where, label, dayPosition, listedRoom, session, times, links, roomName, roomGuid, trackSlug,
                null);
    }

    static PendingEvent refused(Location where, int dayPosition, String listedRoom, String reason) {
        return new PendingEvent(where, "", dayPosition, listedRoom, null, null, List.of(), "", "", "", reason);
    }

    boolean isRefused() {
        return refusal != null;
    }
}
