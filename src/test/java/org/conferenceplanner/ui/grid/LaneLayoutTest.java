package org.conferenceplanner.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.ui.grid.GridTestSessions.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.ui.grid.LaneLayout.Placement;
import org.junit.jupiter.api.Test;

class LaneLayoutTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Test
    void sessionsThatDoNotOverlapShareOneLane() {
        List<Placement> p = LaneLayout.place(List.of(
                session("a", "R", "09:00", "10:00"),
                session("b", "R", "10:00", "11:00"),
                session("c", "R", "13:00", "14:00")), TEN_MINUTES);

        assertThat(p).extracting(Placement::lane).containsExactly(0, 0, 0);
        assertThat(p).extracting(Placement::laneCount).containsExactly(1, 1, 1);
    }

    @Test
    void overlappingSessionsSitSideBySide() {
        List<Placement> p = LaneLayout.place(List.of(
                session("a", "R", "09:00", "10:00"),
                session("b", "R", "09:30", "10:30")), TEN_MINUTES);

        assertThat(p).extracting(Placement::lane).containsExactly(0, 1);
        assertThat(p).extracting(Placement::laneCount).containsExactly(2, 2);
    }

    @Test
    void aClusterReusesALaneOnceItIsFreeAndSharesOneWidth() {
        // a and c do not overlap, but both overlap b: one cluster of two lanes; c takes a's lane again.
        List<Placement> p = LaneLayout.place(List.of(
                session("a", "R", "09:00", "10:00"),
                session("b", "R", "09:30", "10:30"),
                session("c", "R", "10:00", "11:00"),
                session("d", "R", "12:00", "13:00")), TEN_MINUTES);

        assertThat(p).extracting(Placement::lane).containsExactly(0, 1, 0, 0);
        assertThat(p).extracting(Placement::laneCount).containsExactly(2, 2, 2, 1);
    }

    @Test
    void threeAtOnceNeedThreeLanes() {
        List<Placement> p = LaneLayout.place(List.of(
                session("a", "R", "09:00", "12:00"),
                session("b", "R", "09:00", "10:00"),
                session("c", "R", "09:15", "09:45"),
                session("d", "R", "10:00", "11:00")), TEN_MINUTES);

        Map<String, Placement> byId = byId(p);
        assertThat(byId.get("b").lane()).isZero();
        assertThat(byId.get("a").lane()).isEqualTo(1);
        assertThat(byId.get("c").lane()).isEqualTo(2);
        assertThat(byId.get("d").lane()).isZero();
        assertThat(p).extracting(Placement::laneCount).containsOnly(3);
    }

    @Test
    void zeroLengthSessionsAtOneTimeDoNotStack() {
        List<Placement> p = LaneLayout.place(List.of(
                session("a", "R", "09:00", "09:00"),
                session("b", "R", "09:00", "09:00"),
                session("c", "R", "09:05", "09:05"),
                session("d", "R", "09:10", "09:10")), TEN_MINUTES);

        assertThat(p).extracting(Placement::lane).containsExactly(0, 1, 2, 0);
        assertThat(p).extracting(Placement::laneCount).containsOnly(3);
    }

    @Test
    void theInputOrderDoesNotMatter() {
        List<Session> sessions = new ArrayList<>(SyntheticDays.generate(7, 1, 40).sessions());
        Map<String, Placement> sorted = byId(LaneLayout.place(sessions, TEN_MINUTES));

        Collections.shuffle(sessions, new Random(3));
        Map<String, Placement> shuffled = byId(LaneLayout.place(sessions, TEN_MINUTES));

        assertThat(shuffled).isEqualTo(sorted);
        assertThat(sorted.values()).extracting(Placement::laneCount).anyMatch(n -> n > 1);
    }

    @Test
    void noTwoSessionsInOneLaneOverlapOnALargeDay() {
        assertThat(LayoutChecks.assertLanesHold(DayLayout.of(SyntheticDays.large()))).isGreaterThan(2);
    }

    private static Map<String, Placement> byId(List<Placement> placements) {
        Map<String, Placement> map = new HashMap<>();
        for (Placement p : placements) {
            map.put(p.session().id(), p);
        }
        return map;
    }
}
