package org.conferenceplanner.ui.schedule;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.ui.state.DayTab;

/**
 * What the schedule shows for one tab: the rooms as columns (in the user's order, hidden ones left
 * out) and the sessions that pass the filters, in time order. Immutable.
 */
public record DayContent(DayTab tab, ZoneId zone, List<String> rooms, List<Session> sessions) {

    public DayContent {
        Objects.requireNonNull(tab, "tab");
        Objects.requireNonNull(zone, "zone");
        rooms = List.copyOf(rooms);
        sessions = List.copyOf(sessions);
    }

    public static DayContent empty() {
        return new DayContent(DayTab.UNSCHEDULED, ZoneId.of("UTC"), List.of(), List.of());
    }
}
