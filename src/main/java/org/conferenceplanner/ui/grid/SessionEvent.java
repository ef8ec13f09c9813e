package org.conferenceplanner.ui.grid;

import javafx.event.Event;
import javafx.event.EventType;
import org.conferenceplanner.domain.Session;

/** A user action on one session of a {@link ScheduleGrid}: activated (Enter, double-click) or plan toggled (Space). */
public final class SessionEvent extends Event {

    private static final long serialVersionUID = 1L;

    public static final EventType<SessionEvent> ANY = new EventType<>(Event.ANY, "SESSION");
    public static final EventType<SessionEvent> ACTIVATED = new EventType<>(ANY, "SESSION_ACTIVATED");
    public static final EventType<SessionEvent> TOGGLE_PLAN = new EventType<>(ANY, "SESSION_TOGGLE_PLAN");

    private final transient Session session;

    public SessionEvent(EventType<SessionEvent> type, Session session) {
        super(type);
        this.session = session;
    }

    public Session getSession() {
        return session;
    }

    @Override
    @SuppressWarnings("unchecked")
    public EventType<SessionEvent> getEventType() {
        return (EventType<SessionEvent>) super.getEventType();
    }
}
