package org.conferenceplanner.ui.schedule;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.conferenceplanner.domain.Conference;
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

    /**
     * A tab of a conference: its sessions that pass {@code shown} and are not in a hidden room; as
     * columns the rooms in {@code roomOrder} that have one of those sessions, or, with
     * {@code emptyRooms}, every room that is not hidden.
     */
    public static DayContent of(Conference c, DayTab tab, Predicate<Session> shown, List<String> roomOrder,
            Set<String> hiddenRooms, boolean emptyRooms) {
        List<Session> sessions = (tab.isUnscheduled() ? c.unscheduled() : c.sessionsOn(tab.date())).stream()
                .filter(shown).filter(s -> !hiddenRooms.contains(s.room())).toList();
        Set<String> used = new HashSet<>();
        sessions.forEach(s -> used.add(s.room()));
        List<String> rooms = roomOrder.stream()
                .filter(r -> used.contains(r) || (emptyRooms && !r.isEmpty() && !hiddenRooms.contains(r)))
                .toList();
        return new DayContent(tab, c.zone(), rooms, sessions);
    }

    public static DayContent empty() {
        return new DayContent(DayTab.UNSCHEDULED, ZoneId.of("UTC"), List.of(), List.of());
    }
}
