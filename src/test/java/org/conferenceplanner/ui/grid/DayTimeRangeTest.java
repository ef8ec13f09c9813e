package org.conferenceplanner.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.ui.grid.GridTestSessions.DAY;
import static org.conferenceplanner.ui.grid.GridTestSessions.DENVER;
import static org.conferenceplanner.ui.grid.GridTestSessions.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferenceplanner.domain.Session;
import org.junit.jupiter.api.Test;

class DayTimeRangeTest {

    private final ZoneLabels labels = new ZoneLabels(Locale.US);

    @Test
    void roundsOutToWholeHoursOfTheZone() {
        DayTimeRange range = DayTimeRange.of(DAY, DENVER, List.of(
                session("a", "R1", "09:10", "10:20"),
                session("b", "R2", "13:00", "17:45")));

        assertThat(range.start()).isEqualTo(DAY.atTime(9, 0).atZone(DENVER).toInstant());
        assertThat(range.minutes()).isEqualTo(9 * 60);
        assertThat(labels.clock(range.end(), DENVER)).isEqualTo("18:00");
    }

    @Test
    void anEndOnTheHourIsNotRoundedFurther() {
        DayTimeRange range = DayTimeRange.of(DAY, DENVER, List.of(session("a", "R1", "08:30", "10:00")));

        assertThat(range.minutes()).isEqualTo(120);
    }

    @Test
    void sessionsAfterMidnightExtendTheDayPast24() {
        DayTimeRange range = DayTimeRange.of(DAY, DENVER, List.of(
                session("a", "R1", "22:00", "23:00"),
                session("late", "R1", "00:30", "01:15")));

        assertThat(range.minutes()).isEqualTo(4 * 60);
        assertThat(ticks(range, DENVER)).containsExactly("22:00", "23:00", "00:00", "01:00", "02:00");
        assertThat(range.minuteOf(session("late", "R1", "00:30", "01:15").start())).isEqualTo(150.0);
    }

    @Test
    void anEmptyDayShowsWorkingHours() {
        DayTimeRange range = DayTimeRange.of(DAY, DENVER, List.of());

        assertThat(labels.clock(range.start(), DENVER)).isEqualTo("09:00");
        assertThat(range.minutes()).isEqualTo(9 * 60);
    }

    @Test
    void unscheduledSessionsDoNotCount() {
        Session unscheduled = Session.builder("u").title("Undated").build();
        DayTimeRange range = DayTimeRange.of(DAY, DENVER, List.of(unscheduled, session("a", "R1", "14:00", "15:00")));

        assertThat(labels.clock(range.start(), DENVER)).isEqualTo("14:00");
        assertThat(range.minutes()).isEqualTo(60);
    }

    @Test
    void theNightClocksGoBackHasTwentyFiveHours() {
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        LocalDate day = LocalDate.of(2025, 10, 25);
        Session allNight = Session.builder("n").day(day).room("R")
                .start(LocalDateTime.of(2025, 10, 26, 0, 0).atZone(brussels).toInstant())
                .end(LocalDateTime.of(2025, 10, 26, 5, 0).atZone(brussels).toInstant())
                .build();

        DayTimeRange range = DayTimeRange.of(day, brussels, List.of(allNight));

        // 00:00 to 05:00 on the clock is six real hours; the labels repeat 02:00 rather than skip a line.
        assertThat(range.minutes()).isEqualTo(6 * 60);
        assertThat(ticks(range, brussels)).containsExactly("00:00", "01:00", "02:00", "02:00", "03:00", "04:00",
                "05:00");
    }

    @Test
    void minutesAreCountedToTheSecond() {
        DayTimeRange range = DayTimeRange.of(DAY, DENVER, List.of(session("a", "R1", "09:00", "10:00")));

        assertThat(range.minuteOf(range.start().plusSeconds(90))).isEqualTo(1.5);
        assertThat(range.instantAt(1.5)).isEqualTo(range.start().plusSeconds(90));
        assertThat(range.contains(range.end())).isFalse();
        assertThat(range.contains(range.start())).isTrue();
    }

    private List<String> ticks(DayTimeRange range, ZoneId zone) {
        List<String> out = new ArrayList<>();
        for (int m = 0; m <= range.minutes(); m += 60) {
            out.add(labels.clock(range.instantAt(m), zone));
        }
        return out;
    }
}
