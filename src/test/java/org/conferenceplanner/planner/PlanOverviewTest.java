package org.conferenceplanner.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.testing.TestSessions.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.ProgramSource;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.testing.TestSessions;
import org.junit.jupiter.api.Test;

class PlanOverviewTest {

    private static final Instant NOW = Instant.parse("2012-11-01T00:00:00Z");

    private final Session onload = session("exforum140", "The OpenOnload User-level Network Stack", "155-C", "2012-11-14T11:00", 30);
    private final Session overlapping = session("pap1", "Overlapping Paper", "255-EF", "2012-11-14T10:30", 60);
    private final Session afternoon = session("pap2", "Afternoon Paper", "255-EF", "2012-11-14T13:30", 30);
    private final Session tuesday = session("tut1", "Tuesday Tutorial", "355-A", "2012-11-13T08:30", 120);
    private final Session undated = Session.builder("bof219").title("A BoF with no date").build();
    private final Conference conference = new Conference("sc12", "SC12", TestSessions.DENVER, "Salt Lake City",
            List.of(LocalDate.of(2012, 11, 13), LocalDate.of(2012, 11, 14)), List.of(new Room("155-C")),
            List.of(onload, overlapping, afternoon, tuesday, undated),
            new ProgramSource("sc12.txt", ProgramFormat.SC_TEXT, ""));

    private Plan planOf(Session... picks) {
        Plan plan = Plan.empty("sc12");
        for (Session s : picks) {
            plan = plan.with(PlanEntry.of(s, NOW));
        }
        return plan;
    }

    @Test
    void groupsPicksByDayInTimeOrder() {
        PlanOverview o = PlanOverview.of(planOf(afternoon, onload, tuesday), conference);
        assertThat(o.days()).extracting(PlanOverview.Day::date)
                .containsExactly(LocalDate.of(2012, 11, 13), LocalDate.of(2012, 11, 14));
        assertThat(o.days().get(1).picks()).extracting(p -> p.session().id()).containsExactly("exforum140", "pap2");
    }

    @Test
    void namesWhatEachPickCollidesWith() {
        PlanOverview o = PlanOverview.of(planOf(onload, overlapping, afternoon), conference);
        var picks = o.days().get(0).picks();
        assertThat(picks.get(0).session()).isEqualTo(overlapping);
        assertThat(picks.get(0).collidesWith()).containsExactly(onload);
        assertThat(picks.get(1).collidesWith()).containsExactly(overlapping);
        assertThat(picks.get(2).collides()).isFalse();
        assertThat(o.collidingIds()).containsExactlyInAnyOrder("exforum140", "pap1");
    }

    @Test
    void showsTheFreeGapAfterTheLatestEnd() {
        PlanOverview o = PlanOverview.of(planOf(onload, overlapping, afternoon), conference);
        // 10:30-11:30 and 11:00-11:30 keep the attendee busy until 11:30; free until 13:30.
        var gaps = o.days().get(0).rows().stream().filter(PlanOverview.Gap.class::isInstance)
                .map(PlanOverview.Gap.class::cast).toList();
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).start()).isEqualTo(onload.end());
        assertThat(gaps.get(0).length()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aGapNamesTheSessionsThatFitInItButNotPicksNorCancelledOnes() {
        Session lunch = session("lunch", "Lunch Talk", "155-C", "2012-11-14T12:00", 60);
        Session early = session("early", "Early Lunch Talk", "155-D", "2012-11-14T11:30", 30);
        Session tooLong = session("long", "Runs Into The Afternoon Paper", "155-E", "2012-11-14T13:00", 60);
        Session cancelled = session("gone", "Cancelled Talk", "155-F", "2012-11-14T12:00", 30).toBuilder().cancelled(true).build();
        Session otherDay = session("tue", "Tuesday Lunch", "155-C", "2012-11-13T12:00", 60);
        Conference busy = new Conference("sc12", "SC12", TestSessions.DENVER, "Salt Lake City", conference.days(),
                conference.rooms(), List.of(onload, afternoon, lunch, tooLong, cancelled, otherDay, early),
                conference.source());
        PlanOverview o = PlanOverview.of(planOf(onload, afternoon), busy);
        PlanOverview.Gap gap = (PlanOverview.Gap) o.days().get(0).rows().get(1);
        assertThat(gap.fits()).as("11:30-13:30, in order of start").containsExactly(early, lunch);

        PlanOverview withLunch = PlanOverview.of(planOf(onload, afternoon, lunch), busy);
        assertThat(withLunch.days().get(0).rows()).filteredOn(PlanOverview.Gap.class::isInstance)
                .extracting(r -> ((PlanOverview.Gap) r).fits()).containsExactly(List.of(early), List.of());
    }

    @Test
    void countsEveryPickAndSumsTheScheduledTime() {
        Session gone = session("gone", "Dropped from the program", "155-C", "2012-11-14T15:00", 30);
        PlanOverview o = PlanOverview.of(planOf(onload, tuesday, undated, gone), conference);
        assertThat(o.count()).isEqualTo(4);
        assertThat(o.total()).isEqualTo(Duration.ofMinutes(150));
        assertThat(o.unscheduled()).containsExactly(undated);
        assertThat(o.orphans()).extracting(PlanEntry::sessionId).containsExactly("gone");
    }

    @Test
    void marksSessionsThatCollideWithThePlan() {
        var ids = PlanOverview.collidingWithPlan(List.of(onload), conference.sessions());
        assertThat(ids).containsExactly("pap1");
        assertThat(PlanOverview.collidingWithPlan(List.of(onload, overlapping), conference.sessions()))
                .containsExactlyInAnyOrder("exforum140", "pap1");
    }
}
