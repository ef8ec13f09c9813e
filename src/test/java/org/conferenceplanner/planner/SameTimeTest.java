package org.conferenceplanner.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.ProgramSource;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.junit.jupiter.api.Test;

class SameTimeTest {

    private static final LocalDate DAY = LocalDate.parse("2025-02-01");

    private static Session at(String id, String room, String from, String to) {
        return Session.builder(id).title("Talk " + id).room(room).day(DAY)
                .start(Instant.parse("2025-02-01T" + from + ":00Z")).end(Instant.parse("2025-02-01T" + to + ":00Z")).build();
    }

    private final Session talk = at("talk", "H.1301", "10:00", "11:00");
    private final Session overlapping = at("overlapping", "K.1.105", "10:30", "11:30");
    private final Session inside = at("inside", "Janson", "10:15", "10:45");
    private final Session touching = at("touching", "H.1302", "11:00", "12:00");
    private final Session before = at("before", "H.1302", "09:00", "10:00");
    private final Session cancelled = at("cancelled", "H.1308", "10:00", "11:00").toBuilder().cancelled(true).build();
    private final Session moment = at("moment", "Hallway", "10:40", "10:40");
    private final Session unscheduled = Session.builder("unscheduled").title("Some day").room("H.1301").build();
    private final Conference conference = new Conference("fosdem", "FOSDEM", ZoneOffset.UTC, "ULB", List.of(DAY),
            List.of(new Room("H.1301")), List.of(touching, cancelled, talk, moment, overlapping, before, inside, unscheduled),
            new ProgramSource("fosdem.xml", ProgramFormat.FRAB_XML, ""));

    @Test
    void theSessionsThatShareTimeWithItInOrderOfStartNotItselfNorCancelledOnes() {
        assertThat(SameTime.as(conference, talk)).containsExactly(inside, overlapping, moment);
    }

    @Test
    void touchingIsNotSharingTime() {
        assertThat(SameTime.as(conference, touching)).containsExactly(overlapping);
        assertThat(SameTime.as(conference, before)).isEmpty();
    }

    @Test
    void aSessionWithNoLengthIsTheMomentItStarts() {
        assertThat(SameTime.as(conference, moment)).containsExactly(talk, inside, overlapping);
    }

    @Test
    void anUnscheduledSessionHasNoneAndIsNoneForOthers() {
        assertThat(SameTime.as(conference, unscheduled)).isEmpty();
        assertThat(SameTime.as(conference, overlapping)).doesNotContain(unscheduled);
    }
}
