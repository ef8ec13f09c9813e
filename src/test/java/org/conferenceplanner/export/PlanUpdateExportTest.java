package org.conferenceplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.domain.Session;
import org.junit.jupiter.api.Test;

/** Export, change the program or the plan, export again: the calendar is updated, never duplicated. */
class PlanUpdateExportTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant T1 = Instant.parse("2025-12-20T10:00:00Z");
    private static final Instant T2 = Instant.parse("2025-12-26T10:00:00Z");

    private static Session talk(String id, String from, String to) {
        return Sessions.at(id, BERLIN, "2025-12-27", from, to).title("Talk " + id).abstractText("About " + id).build();
    }

    private static Plan plan(Conference c, String... ids) {
        Plan plan = Plan.empty(c.id());
        for (String id : ids) {
            plan = plan.with(PlanEntry.of(c.session(id).orElseThrow(), T1));
        }
        return plan;
    }

    private static Map<String, IcsRead> exportIcs(Instant now, Conference c, Plan plan, ExportOptions options,
            List<ExportResult> results) {
        ExportResult r = new CalendarExporter(Clock.fixed(now, ZoneOffset.UTC), "test")
                .export(ExportFormat.ICS, ExportSelection.ofPlan(c, plan), options);
        results.add(r);
        return IcsRead.events(r.content()).stream().collect(Collectors.toMap(IcsRead::uid, Function.identity()));
    }

    private static String uid(String id) {
        return Uids.of("39c3", id);
    }

    @Test
    void changedSessionsGetAHigherSequenceAndDroppedOnesAreCancelled() {
        Conference v1 = Sessions.conference("39c3", BERLIN, "CCH, Hamburg", List.of(talk("a", "11:00", "12:00"),
                talk("b", "12:00", "13:00"), talk("c", "13:00", "14:00"), talk("d", "14:00", "15:00"),
                talk("e", "15:00", "16:00"), talk("f", "16:00", "17:00")));
        Plan plan = plan(v1, "a", "b", "c", "e", "f");
        List<ExportResult> results = new ArrayList<>();

        Map<String, IcsRead> first = exportIcs(T1, v1, plan, ExportOptions.defaults(), results);
        assertThat(first.keySet()).containsExactlyInAnyOrder(uid("a"), uid("b"), uid("c"), uid("e"), uid("f"));
        assertThat(first.values()).allSatisfy(e -> {
            assertThat(e.sequence()).isZero();
            assertThat(e.status()).isEqualTo("CONFIRMED");
        });
        plan = results.get(0).applyTo(plan);
        assertThat(plan.exports()).containsOnlyKeys("a", "b", "c", "e", "f");

        // the program changes: a moves, c is cancelled, e disappears; the user drops b and adds d
        Conference v2 = v1.withSessions(List.of(talk("a", "11:30", "12:30"), talk("b", "12:00", "13:00"),
                talk("c", "13:00", "14:00").toBuilder().cancelled(true).build(), talk("d", "14:00", "15:00"),
                talk("f", "16:00", "17:00")));
        plan = plan.without("b").with(PlanEntry.of(v2.session("d").orElseThrow(), T2));
        Map<String, IcsRead> second = exportIcs(T2, v2, plan, ExportOptions.defaults(), results);

        assertThat(second.keySet()).containsExactlyInAnyOrder(uid("a"), uid("b"), uid("c"), uid("d"), uid("e"), uid("f"));
        assertThat(second.get(uid("a"))).satisfies(e -> {
            assertThat(e.sequence()).isEqualTo(1);
            assertThat(e.status()).isEqualTo("CONFIRMED");
            assertThat(e.start()).isEqualTo(Instant.parse("2025-12-27T10:30:00Z"));
        });
        assertThat(second.get(uid("b"))).satisfies(e -> {
            assertThat(e.sequence()).isEqualTo(1);
            assertThat(e.status()).isEqualTo("CANCELLED");
            assertThat(e.summary()).isEqualTo("Removed from plan: Talk b");
        });
        assertThat(second.get(uid("c"))).satisfies(e -> {
            assertThat(e.sequence()).isEqualTo(1);
            assertThat(e.status()).isEqualTo("CANCELLED");
            assertThat(e.description()).startsWith("Cancelled by the organisers.");
        });
        assertThat(second.get(uid("d"))).satisfies(e -> assertThat(e.sequence()).isZero());
        assertThat(second.get(uid("e"))).satisfies(e -> {
            assertThat(e.sequence()).isEqualTo(1);
            assertThat(e.status()).isEqualTo("CANCELLED");
            assertThat(e.start()).as("the last known time").isEqualTo(first.get(uid("e")).start());
        });
        assertThat(second.get(uid("f"))).satisfies(e -> {
            assertThat(e.sequence()).isZero();
            assertThat(e.status()).isEqualTo("CONFIRMED");
        });
        assertThat(results.get(1).cancelled()).isEqualTo(3);
        plan = results.get(1).applyTo(plan);

        // nothing changed: the same file apart from DTSTAMP, no sequence raised
        Map<String, IcsRead> third = exportIcs(T2.plusSeconds(60), v2, plan, ExportOptions.defaults(), results);
        assertThat(third).hasSize(second.size());
        third.forEach((uid, e) -> assertThat(e).isEqualTo(second.get(uid)));

        // a reminder changes what the calendar shows: live entries get a higher sequence, cancelled ones do not
        plan = results.get(2).applyTo(plan);
        Map<String, IcsRead> fourth = exportIcs(T2.plusSeconds(120), v2, plan, ExportOptions.defaults().withAlarm(10),
                results);
        assertThat(fourth.get(uid("a")).sequence()).isEqualTo(2);
        assertThat(fourth.get(uid("f")).sequence()).isEqualTo(1);
    }

    @Test
    void aSessionPickedAgainComesBackWithAHigherSequence() {
        Conference c = Sessions.conference("39c3", BERLIN, "", List.of(talk("a", "11:00", "12:00")));
        Plan plan = plan(c, "a");
        List<ExportResult> results = new ArrayList<>();
        exportIcs(T1, c, plan, ExportOptions.defaults(), results);
        plan = results.get(0).applyTo(plan).without("a");
        assertThat(exportIcs(T2, c, plan, ExportOptions.defaults(), results).get(uid("a")).status()).isEqualTo("CANCELLED");
        plan = results.get(1).applyTo(plan).with(PlanEntry.of(c.session("a").orElseThrow(), T2));
        IcsRead back = exportIcs(T2, c, plan, ExportOptions.defaults(), results).get(uid("a"));
        assertThat(back.status()).isEqualTo("CONFIRMED");
        assertThat(back.sequence()).isEqualTo(2);
    }

    @Test
    void aFilteredPlanExportNeitherWritesNorCancelsTheSessionsLeftOut() {
        Conference c = Sessions.conference("39c3", BERLIN, "", List.of(talk("a", "11:00", "12:00"),
                talk("b", "12:00", "13:00")));
        Plan plan = plan(c, "a", "b");
        plan = plan.with(plan.entry("b").orElseThrow().withPriority(Priority.MAYBE));
        List<ExportResult> results = new ArrayList<>();
        exportIcs(T1, c, plan, ExportOptions.defaults(), results);
        plan = results.get(0).applyTo(plan);
        ExportResult mustOnly = new CalendarExporter(Clock.fixed(T2, ZoneOffset.UTC), "test").export(ExportFormat.ICS,
                ExportSelection.ofPlan(c, plan, e -> e.priority() == Priority.MUST), ExportOptions.defaults());
        assertThat(IcsRead.events(mustOnly.content())).extracting(IcsRead::uid).containsExactly(uid("a"));
        assertThat(mustOnly.applyTo(plan).exports().get("b")).isEqualTo(plan.exports().get("b"));
    }

    @Test
    void aDroppedSessionWhoseTimesAreUnknownIsReportedNotLost() {
        Conference c = Sessions.conference("39c3", BERLIN, "", List.of(talk("a", "11:00", "12:00"),
                talk("b", "12:00", "13:00")));
        Plan plan = plan(c, "a", "b");
        List<ExportResult> results = new ArrayList<>();
        exportIcs(T1, c, plan, ExportOptions.defaults(), results);
        plan = results.get(0).applyTo(plan).without("b");
        Conference withoutB = c.withSessions(List.of(talk("a", "11:00", "12:00")));
        Map<String, IcsRead> read = exportIcs(T2, withoutB, plan, ExportOptions.defaults(), results);
        assertThat(read).containsOnlyKeys(uid("a"));
        assertThat(results.get(1).notes()).singleElement().asString().contains("b").contains("delete it by hand");
        // the earlier program knows it: then it is cancelled
        ExportResult remembered = new CalendarExporter(Clock.fixed(T2, ZoneOffset.UTC), "test").export(ExportFormat.ICS,
                ExportSelection.ofPlan(withoutB, plan).remembering(c.sessions()), ExportOptions.defaults());
        assertThat(IcsRead.events(remembered.content())).filteredOn(e -> e.uid().equals(uid("b")))
                .singleElement().satisfies(e -> assertThat(e.status()).isEqualTo("CANCELLED"));
    }

    @Test
    void aNeverExportedSessionThatLeftTheProgramIsReported() {
        Conference c = Sessions.conference("39c3", BERLIN, "", List.of(talk("a", "11:00", "12:00"),
                talk("b", "12:00", "13:00")));
        Plan plan = plan(c, "a", "b");
        Conference withoutB = c.withSessions(List.of(talk("a", "11:00", "12:00")));
        ExportResult r = new CalendarExporter(Clock.fixed(T1, ZoneOffset.UTC), "test").export(ExportFormat.ICS,
                ExportSelection.ofPlan(withoutB, plan), ExportOptions.defaults());
        assertThat(r.written()).isEqualTo(1);
        assertThat(r.notes()).singleElement().asString().contains("Talk b").contains("no longer in the program");
    }

    @Test
    void anOrphanWhoseIdAnotherPickTookIsCancelledAndThatPickKeepsItsEntry() {
        Session alpha = talk("7", "11:00", "12:00").toBuilder().guid("ga").title("Alpha").build();
        Session beta = talk("8", "12:00", "13:00").toBuilder().guid("gb").title("Beta").build();
        Conference v1 = Sessions.conference("39c3", BERLIN, "", List.of(alpha, beta));
        Plan plan = plan(v1, "7", "8");
        List<ExportResult> results = new ArrayList<>();
        exportIcs(T1, v1, plan, ExportOptions.defaults(), results);
        // the new program drops Alpha and gives its id to Beta (found by guid)
        Conference v2 = v1.withSessions(List.of(beta.toBuilder().id("7").build()));
        Plan reconciled = new org.conferenceplanner.planner.PlanReconciler().reconcile(results.get(0).applyTo(plan), v2)
                .plan();
        assertThat(reconciled.entries()).extracting(PlanEntry::sessionId).containsExactly("7~orphan", "7");

        Map<String, IcsRead> second = exportIcs(T2, v2, reconciled, ExportOptions.defaults(), results);
        assertThat(second).containsOnlyKeys(uid("7"), uid("8"));
        assertThat(second.get(uid("7"))).satisfies(e -> {
            assertThat(e.summary()).isEqualTo("Cancelled: Alpha");
            assertThat(e.status()).isEqualTo("CANCELLED");
            assertThat(e.sequence()).isEqualTo(1);
        });
        assertThat(second.get(uid("8"))).satisfies(e -> {
            assertThat(e.summary()).isEqualTo("Beta");
            assertThat(e.status()).isEqualTo("CONFIRMED");
            assertThat(e.sequence()).isZero();
        });
        assertThat(results.get(1).applyTo(reconciled).exports()).containsOnlyKeys("7~orphan", "7");
    }
}
