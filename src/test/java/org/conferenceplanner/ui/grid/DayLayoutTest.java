package org.conferenceplanner.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.ui.grid.GridTestSessions.DAY;
import static org.conferenceplanner.ui.grid.GridTestSessions.DENVER;
import static org.conferenceplanner.ui.grid.GridTestSessions.session;

import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.ProgramSource;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.junit.jupiter.api.Test;

class DayLayoutTest {

    @Test
    void placesOnlyScheduledSessionsOfVisibleRoomsInColumnOrder() {
        GridDay day = new GridDay(DAY, DENVER, List.of("B", "A"), List.of(
                session("a1", "A", "10:00", "11:00"),
                session("b1", "B", "09:00", "10:00"),
                session("hidden", "C", "08:00", "09:00"),
                session("a0", "A", "09:00", "09:30"),
                Session.builder("undated").room("A").build()));

        DayLayout layout = DayLayout.of(day);

        assertThat(layout.rooms()).containsExactly("B", "A");
        assertThat(layout.size()).isEqualTo(3);
        assertThat(layout.block(0).session().id()).isEqualTo("b1");
        assertThat(layout.block(1).session().id()).isEqualTo("a0");
        assertThat(layout.block(2).session().id()).isEqualTo("a1");
        assertThat(layout.block(2).room()).isEqualTo(1);
        assertThat(layout.indexOf("hidden")).isEqualTo(-1);
        assertThat(layout.indexOf("undated")).isEqualTo(-1);
        assertThat(layout.indexOf("a1")).isEqualTo(2);
        // the range follows the placed sessions: the hidden 08:00 one does not stretch it
        assertThat(layout.block(0).startMinute()).isZero();
        assertThat(layout.range().minutes()).isEqualTo(120);
    }

    @Test
    void keepsTheRunningLatestEndPerRoom() {
        GridDay day = new GridDay(DAY, DENVER, List.of("A", "B"), List.of(
                session("long", "A", "09:00", "12:00"),
                session("short", "A", "09:30", "10:00"),
                session("later", "A", "11:00", "11:30"),
                session("other", "B", "09:00", "09:30")));

        DayLayout layout = DayLayout.of(day);

        assertThat(layout.roomStart(0)).isZero();
        assertThat(layout.roomEnd(0)).isEqualTo(3);
        assertThat(layout.maxEndUpTo(0)).isEqualTo(180);
        assertThat(layout.maxEndUpTo(1)).isEqualTo(180);
        assertThat(layout.maxEndUpTo(2)).isEqualTo(180);
        assertThat(layout.maxEndUpTo(3)).as("a new room starts afresh").isEqualTo(30);
    }

    @Test
    void aNullDayIsEmpty() {
        DayLayout layout = DayLayout.of(null);

        assertThat(layout.size()).isZero();
        assertThat(layout.roomCount()).isZero();
        assertThat(layout.day()).isNull();
        assertThat(layout.indexOf("x")).isEqualTo(-1);
    }

    @Test
    void gridDayOfAConferenceHidesEmptyRoomsAndKeepsTheRoomOrder() {
        Conference conference = new Conference("sc12", "SC12", DENVER, "Salt Lake City", List.of(DAY),
                List.of(new Room("255-EF"), new Room("Empty"), new Room("155-C")),
                List.of(session("x", "155-C", "10:00", "11:00"), session("y", "255-EF", "10:30", "12:00"),
                        session("z", "Unlisted", "13:00", "14:00")),
                new ProgramSource("test.xml", ProgramFormat.values()[0], ""));

        GridDay day = GridDay.of(conference, DAY);

        assertThat(day.rooms()).containsExactly("255-EF", "155-C", "Unlisted");
        assertThat(day.sessions()).extracting(Session::id).containsExactly("x", "y", "z");
    }
}
