package org.conferenceplanner.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ExportedState;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.ProgramSource;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.planner.SessionUpdate.Match;
import org.conferenceplanner.planner.SessionUpdate.Status;
import org.junit.jupiter.api.Test;

class PlanReconcilerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant DAY1_10 = Instant.parse("2025-12-27T09:00:00Z"); // 10:00 in Berlin
    private static final Instant ADDED = Instant.parse("2025-12-01T00:00:00Z");

    private final PlanReconciler reconciler = new PlanReconciler();

    private static Session talk(String id, String guid, String title, String room, Instant start, String... people) {
        return Session.builder(id).guid(guid).title(title).room(room).day(LocalDate.ofInstant(start, BERLIN))
                .start(start).end(start.plusSeconds(2400))
                .people(java.util.Arrays.stream(people).map(n -> new Person(n, Role.SPEAKER, "")).toList()).build();
    }

    private static Conference program(String id, Session... sessions) {
        return new Conference(id, id, BERLIN, "", List.of(), List.of(new Room("Saal 1")), List.of(sessions),
                new ProgramSource(id, ProgramFormat.FRAB_XML, ""));
    }

    private static Plan planOf(Session... picked) {
        Plan plan = Plan.empty("39c3");
        for (Session s : picked) {
            plan = plan.with(new PlanEntry(s.id(), Priority.MAYBE, "note " + s.id(), true, ADDED, s));
        }
        return plan;
    }

    @Test
    void anUnchangedProgramChangesNothing() {
        Session a = talk("1", "g1", "Opening", "Saal 1", DAY1_10, "Ada");
        ReconcileReport report = reconciler.reconcile(planOf(a), program("39c3", a));
        assertThat(report.plan()).isEqualTo(planOf(a));
        assertThat(report.hasNews()).isFalse();
        assertThat(report.updates()).singleElement().satisfies(u -> {
            assertThat(u.match()).isEqualTo(Match.ID);
            assertThat(u.status()).isEqualTo(Status.UNCHANGED);
        });
    }

    @Test
    void everyVisibleChangeIsListedOldToNewInTheConferenceZone() {
        Session before = talk("1", "g1", "Opening", "Saal 1", DAY1_10, "Ada", "Grace");
        Session after = talk("1", "g1", "Opening ceremony", "Saal G", DAY1_10.plusSeconds(86400 + 1800), "Ada", "Linus");
        ReconcileReport report = reconciler.reconcile(planOf(before), program("39c3", after));
        SessionUpdate u = report.updates().get(0);
        assertThat(u.status()).isEqualTo(Status.CHANGED);
        assertThat(u.changes()).extracting(FieldChange::toString).containsExactly(
                "Title: Opening → Opening ceremony",
                "Day: Sat 27 Dec 2025 → Sun 28 Dec 2025",
                "Time: 10:00–10:40 → 10:30–11:10",
                "Room: Saal 1 → Saal G",
                "People: Ada, Grace → Ada, Linus");
        assertThat(u.describe()).isEqualTo("Opening: Title: Opening → Opening ceremony; Day: Sat 27 Dec 2025 → "
                + "Sun 28 Dec 2025; Time: 10:00–10:40 → 10:30–11:10; Room: Saal 1 → Saal G; People: Ada, Grace → Ada, Linus");
        PlanEntry kept = report.plan().entries().get(0);
        assertThat(kept.lastKnown()).isEqualTo(after);
        assertThat(kept.priority()).isEqualTo(Priority.MAYBE);
        assertThat(kept.note()).isEqualTo("note 1");
        assertThat(kept.attended()).isTrue();
        assertThat(kept.addedAt()).isEqualTo(ADDED);
    }

    @Test
    void aSessionWhoseIdChangedIsFoundByGuid() {
        Session before = talk("100", "g1", "Opening", "Saal 1", DAY1_10);
        Session after = talk("2001", "g1", "Opening", "Saal 2", DAY1_10);
        ReconcileReport report = reconciler.reconcile(planOf(before), program("39c3", after));
        assertThat(report.updates().get(0).match()).isEqualTo(Match.GUID);
        assertThat(report.updates().get(0).planId()).isEqualTo("2001");
        assertThat(report.plan().entries()).extracting(PlanEntry::sessionId).containsExactly("2001");
    }

    @Test
    void anIdReusedForAnotherSessionIsNotAMatch() {
        Session before = talk("5", "g-old", "Opening", "Saal 1", DAY1_10, "Ada");
        Session other = talk("5", "g-other", "Something else", "Saal 1", DAY1_10, "Bob");
        Session moved = talk("9", "g-new", "Opening", "Saal 3", DAY1_10, "Ada");
        ReconcileReport report = reconciler.reconcile(planOf(before), program("39c3", other, moved));
        SessionUpdate u = report.updates().get(0);
        assertThat(u.match()).isEqualTo(Match.TITLE);
        assertThat(u.after()).isEqualTo(moved);
        assertThat(u.changes()).extracting(FieldChange::toString).containsExactly("Room: Saal 1 → Saal 3");
    }

    @Test
    void titleMatchesNeedThePeopleAndDayToAgreeWhenTheTitleIsCommon() {
        Session before = talk("1", "", "Lightning talks", "Saal 1", DAY1_10, "Ada");
        Session sameDayOtherPeople = talk("x", "", "Lightning Talks", "Saal 1", DAY1_10.plusSeconds(7200), "Bob");
        Session nextDaySamePeople = talk("y", "", "lightning  talks", "Saal 2", DAY1_10.plusSeconds(86400), "Ada");
        Session bothMatch = talk("z", "", "Lightning talks", "Saal 3", DAY1_10.plusSeconds(3600), "Ada");
        ReconcileReport report = reconciler.reconcile(planOf(before),
                program("39c3", sameDayOtherPeople, nextDaySamePeople, bothMatch));
        assertThat(report.updates().get(0).after()).isEqualTo(bothMatch);
    }

    @Test
    void aCancelledSessionIsReportedAsCancelledAndKept() {
        Session before = talk("1", "g1", "Opening", "Saal 1", DAY1_10);
        Session after = before.toBuilder().cancelled(true).build();
        ReconcileReport report = reconciler.reconcile(planOf(before), program("39c3", after));
        assertThat(report.cancelled()).singleElement().extracting(SessionUpdate::describe).isEqualTo("Opening: cancelled");
        assertThat(report.plan().contains("1")).isTrue();
    }

    @Test
    void aVanishedPickStaysAsAnOrphanWithItsLastKnownDetails() {
        Session gone = talk("1", "g1", "Opening", "Saal 1", DAY1_10, "Ada");
        Session stays = talk("2", "g2", "Closing", "Saal 1", DAY1_10.plusSeconds(7200));
        Plan plan = planOf(gone, stays).withExport("1", new ExportedState(2, "fp", ADDED, false));
        Conference newer = program("39c3", stays);
        ReconcileReport report = reconciler.reconcile(plan, newer);
        assertThat(report.vanished()).singleElement().satisfies(u -> {
            assertThat(u.describe()).isEqualTo("Opening: no longer in the program; kept in your plan as it was");
            assertThat(u.newId()).isEmpty();
        });
        assertThat(report.plan().entry("1").orElseThrow()).isEqualTo(plan.entry("1").orElseThrow());
        assertThat(report.plan().exports()).isEqualTo(plan.exports());
        assertThat(reconciler.orphans(report.plan(), newer)).extracting(PlanEntry::lastKnown).containsExactly(gone);
        assertThat(report.without(List.of("1")).entries()).extracting(PlanEntry::sessionId).containsExactly("2");
    }

    @Test
    void anOrphanWhoseOldIdNowBelongsToAnotherPickIsRenamedNotLost() {
        Session a = talk("7", "ga", "Alpha", "Saal 1", DAY1_10);
        Session b = talk("8", "gb", "Beta", "Saal 1", DAY1_10.plusSeconds(3600));
        Session bNow = talk("7", "gb", "Beta", "Saal 1", DAY1_10.plusSeconds(3600));
        ReconcileReport report = reconciler.reconcile(planOf(a, b), program("39c3", bNow));
        assertThat(report.plan().entries()).extracting(PlanEntry::sessionId).containsExactly("7~orphan", "7");
        assertThat(report.vanished()).singleElement().extracting(SessionUpdate::planId).isEqualTo("7~orphan");
    }

    @Test
    void theReconciledPlanBelongsToTheNewProgram() {
        Session a = talk("1", "g1", "Opening", "Saal 1", DAY1_10);
        assertThat(reconciler.reconcile(planOf(a), program("39c3-final", a)).plan().conferenceId()).isEqualTo("39c3-final");
    }

    @Test
    void anExportRecordFollowsItsPickToTheNewIdAndKeepsItsUid() {
        Session a = talk("1", "g1", "Opening", "Saal 1", DAY1_10, "Ada");
        Session b = talk("2", "g2", "Closing", "Saal 1", DAY1_10.plusSeconds(7200), "Bob");
        Plan plan = planOf(a, b).withExport("1", new ExportedState(2, "fp1", ADDED, false, "1@39c3.conference-planner"))
                .withExport("2", new ExportedState(0, "fp2", ADDED, false));
        Conference newer = program("39c3", talk("A-1", "", "Opening", "Saal 1", DAY1_10, "Ada"),
                talk("A-2", "", "Closing", "Saal 1", DAY1_10.plusSeconds(7200), "Bob"));

        Plan after = reconciler.reconcile(plan, newer).plan();

        assertThat(after.entries()).extracting(PlanEntry::sessionId).containsExactly("A-1", "A-2");
        assertThat(after.exports()).containsOnlyKeys("A-1", "A-2");
        assertThat(after.exports().get("A-1")).isEqualTo(plan.exports().get("1"));
        // a record from before UIDs were kept gets the UID it was written with: that of its old id
        assertThat(after.exports().get("A-2")).isEqualTo(plan.exports().get("2").withUid("2@39c3.conference-planner"));
    }

    @Test
    void aNewConferenceIdPinsEveryUidToTheOldOne() {
        Session a = talk("1", "g1", "Opening", "Saal 1", DAY1_10, "Ada");
        Plan plan = planOf(a).withExport("1", new ExportedState(1, "fp", ADDED, false))
                .withExport("9", new ExportedState(1, "fp9", ADDED, true));
        Plan after = reconciler.reconcile(plan, program("39c3-final", a)).plan();
        assertThat(after.exports()).containsOnlyKeys("1", "9");
        assertThat(after.exports().get("1").uid()).isEqualTo("1@39c3.conference-planner");
        assertThat(after.exports().get("9").uid()).isEqualTo("9@39c3.conference-planner");
    }

    @Test
    void aRecordOfASessionDroppedEarlierIsKeptWhenAMovedPickTakesItsId() {
        Session a = talk("1", "g1", "Opening", "Saal 1", DAY1_10, "Ada");
        Plan plan = planOf(a).withExport("1", new ExportedState(1, "fp1", ADDED, false))
                .withExport("5", new ExportedState(3, "fp5", ADDED, false));
        Plan after = reconciler.reconcile(plan, program("39c3", talk("5", "", "Opening", "Saal 1", DAY1_10, "Ada")))
                .plan();
        assertThat(after.entries()).extracting(PlanEntry::sessionId).containsExactly("5");
        assertThat(after.exports().get("5").uid()).isEqualTo("1@39c3.conference-planner");
        assertThat(after.exports().get("5~dropped")).isEqualTo(plan.exports().get("5").withUid("5@39c3.conference-planner"));
    }

    @Test
    void recordsStayWhereTheyAreWhenNoIdChanged() {
        Session a = talk("1", "g1", "Opening", "Saal 1", DAY1_10, "Ada");
        Plan plan = planOf(a).withExport("1", new ExportedState(1, "fp", ADDED, false));
        assertThat(reconciler.reconcile(plan, program("39c3", a)).plan().exports()).isEqualTo(plan.exports());
    }
}
