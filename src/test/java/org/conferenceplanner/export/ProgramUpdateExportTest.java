package org.conferenceplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.planner.PlanReconciler;
import org.conferenceplanner.planner.ReconcileReport;
import org.conferenceplanner.planner.SessionUpdate;
import org.conferenceplanner.planner.SessionUpdate.Status;
import org.conferenceplanner.testing.ProgramVersions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real program updates, read by the real importers: export a plan, open the newer program (the plan is
 * reconciled as the window does), export again. Every calendar entry is updated in place: the same UID,
 * a higher SEQUENCE exactly when what the calendar shows changed, a cancellation for what was dropped,
 * and never a second entry for a session that only got a new id.
 */
class ProgramUpdateExportTest {

    private static final Instant PICKED = Instant.parse("2025-12-07T09:00:00Z");
    private static final Instant FIRST = Instant.parse("2025-12-08T09:00:00Z");
    private static final Instant SECOND = Instant.parse("2025-12-26T09:00:00Z");

    private final PlanReconciler reconciler = new PlanReconciler();

    private static Plan planOf(Conference c, List<String> ids) {
        Plan plan = Plan.empty(c.id());
        for (String id : ids) {
            plan = plan.with(PlanEntry.of(c.session(id).orElseThrow(), PICKED));
        }
        return plan;
    }

    private static ExportResult export(Instant now, Conference c, Plan plan) {
        return new CalendarExporter(Clock.fixed(now, ZoneOffset.UTC), "test").export(ExportFormat.ICS,
                ExportSelection.ofPlan(c, plan), ExportOptions.defaults().withCalendarName(ExportNames.planName(c)));
    }

    private static Map<String, IcsRead> byUid(ExportResult r) {
        List<IcsRead> events = IcsRead.events(r.content());
        Map<String, IcsRead> map = events.stream().collect(Collectors.toMap(IcsRead::uid, Function.identity()));
        assertThat(map).as("one entry per UID").hasSameSizeAs(events);
        return map;
    }

    /** What a calendar shows of an entry; SEQUENCE must rise exactly when this changes. */
    private static List<Object> shown(IcsRead e) {
        return List.of(e.start(), e.end(), e.summary(), e.location(), e.description(), e.categories(), e.url(),
                e.status());
    }

    @Test
    void chaosCongressPreliminaryXmlThenFinalJson() {
        Conference preliminary = RealPrograms.read("frab-xml/39c3-schedule-20251206-preliminary.xml");
        Conference last = RealPrograms.read("frab-json/39c3-everything.schedule.json");
        List<String> picks = List.of("1541", "1776", "83768", "2319", "2407", "2397", "83756", "2188", "2408");
        Plan plan = planOf(preliminary, picks);

        ExportResult first = export(FIRST, preliminary, plan);
        Map<String, IcsRead> before = byUid(first);
        assertThat(before).hasSize(picks.size());
        plan = first.applyTo(plan);

        ReconcileReport update = reconciler.reconcile(plan, last);
        Plan reconciled = update.plan();
        // the user drops one pick after reading the update
        String dropped = "1776";
        SessionUpdate droppedUpdate = update.updates().get(picks.indexOf(dropped));
        reconciled = reconciled.without(droppedUpdate.planId());
        ExportResult second = export(SECOND, last, reconciled);
        Map<String, IcsRead> after = byUid(second);

        assertThat(after.keySet()).as("no entry added, none lost").isEqualTo(before.keySet());
        for (int i = 0; i < picks.size(); i++) {
            SessionUpdate u = update.updates().get(i);
            String uid = Uids.of(preliminary.id(), picks.get(i));
            IcsRead was = before.get(uid);
            IcsRead now = after.get(uid);
            assertThat(now).as(u.describe()).isNotNull();
            int expectedSequence = shown(now).equals(shown(was)) ? 0 : 1;
            assertThat(now.sequence()).as("SEQUENCE of " + u.describe()).isEqualTo(expectedSequence);
            if (picks.get(i).equals(dropped)) {
                assertThat(now.status()).isEqualTo("CANCELLED");
                assertThat(now.summary()).startsWith(EntryStatus.REMOVED_FROM_PLAN.titlePrefix());
                assertThat(now.sequence()).isEqualTo(1);
            } else if (u.status() == Status.VANISHED) {
                assertThat(now.status()).isEqualTo("CANCELLED");
                assertThat(now.description()).startsWith(EntryStatus.GONE_FROM_PROGRAM.note());
                assertThat(now.start()).as("the last known time").isEqualTo(was.start());
                assertThat(now.sequence()).isEqualTo(1);
            } else {
                Session s = u.after();
                assertThat(now.status()).isEqualTo(s.cancelled() ? "CANCELLED" : "CONFIRMED");
                assertThat(now.start()).isEqualTo(s.start());
                assertThat(now.end()).isEqualTo(s.end());
                if (u.status() == Status.CHANGED) {
                    assertThat(now.sequence()).as("a change the update reported raises SEQUENCE").isEqualTo(1);
                }
            }
        }
        assertThat(update.vanished()).extracting(SessionUpdate::oldId).containsExactly("2319", "2408");
        assertThat(update.changed()).isNotEmpty();
        assertThat(second.cancelled()).isEqualTo(3);
        // nothing changes on a third export: the same entries, no SEQUENCE raised
        Plan recorded = second.applyTo(reconciled);
        Map<String, IcsRead> third = byUid(export(SECOND.plusSeconds(600), last, recorded));
        assertThat(third).isEqualTo(after);
    }

    @Test
    void demoConXmlThenItsIcsWhereEverySessionGotANewIdUpdatesTheSameEntries() {
        Conference xml = RealPrograms.read("frab-xml/pretalx-democon-2022.xml");
        Conference ics = RealPrograms.read("ics/pretalx-democon-2022.ics");
        List<String> picks = List.of("1", "14", "26", "41", "72");
        Plan plan = planOf(xml, picks);
        ExportResult first = export(FIRST, xml, plan);
        Map<String, IcsRead> before = byUid(first);
        plan = first.applyTo(plan);

        ReconcileReport update = reconciler.reconcile(plan, ics);
        Plan reconciled = update.plan();
        assertThat(reconciled.entries()).extracting(PlanEntry::sessionId).doesNotContainAnyElementsOf(picks);
        assertThat(reconciled.exports()).as("the records follow the picks to their new ids")
                .containsOnlyKeys(reconciled.entries().stream().map(PlanEntry::sessionId).toList());

        ExportResult second = export(SECOND, ics, reconciled);
        Map<String, IcsRead> after = byUid(second);
        assertThat(after.keySet()).as("the same calendar entries, none cancelled, none added")
                .isEqualTo(before.keySet());
        assertThat(second.cancelled()).isZero();
        assertThat(second.notes()).isEmpty();
        for (String id : picks) {
            String uid = Uids.of(xml.id(), id);
            IcsRead was = before.get(uid);
            IcsRead now = after.get(uid);
            assertThat(now.status()).isEqualTo("CONFIRMED");
            assertThat(now.start()).isEqualTo(was.start());
            assertThat(now.summary()).isEqualTo(was.summary());
            assertThat(now.sequence()).as(was.summary()).isEqualTo(shown(now).equals(shown(was)) ? 0 : 1);
        }

        // dropping a pick now cancels the entry it was first exported as
        Plan recorded = second.applyTo(reconciled);
        String newId = recorded.entries().get(2).sessionId();
        IcsRead cancelled = byUid(export(SECOND.plusSeconds(600), ics, recorded.without(newId))).get(Uids.of(xml.id(), "26"));
        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(cancelled.sequence()).isGreaterThan(after.get(Uids.of(xml.id(), "26")).sequence());
        assertThat(cancelled.start()).isEqualTo(before.get(Uids.of(xml.id(), "26")).start());
    }

    @Test
    void aPlanMovedToANewConferenceIdUpdatesTheSameEntries(@TempDir Path dir) {
        Conference xml = RealPrograms.read("frab-xml/pretalx-democon-2022.xml");
        Conference renamed = StandardImporters.reader(ImportLimits.defaults())
                .read(ProgramVersions.demoConIcsRenamedAndUpdated(dir)).conference();
        assertThat(renamed.id()).isNotEqualTo(xml.id());
        List<String> picks = List.of("1", "7", "14");
        ExportResult first = export(FIRST, xml, planOf(xml, picks));
        Map<String, IcsRead> before = byUid(first);

        // What the window does on "yes, a new version": reconcile into the new id.
        Plan moved = reconciler.reconcile(first.applyTo(planOf(xml, picks)), renamed).plan();
        assertThat(moved.conferenceId()).isEqualTo(renamed.id());
        ExportResult second = export(SECOND, renamed, moved);
        Map<String, IcsRead> after = byUid(second);

        assertThat(after.keySet()).as("the entries written for DemoCon, none added").isEqualTo(before.keySet());
        // The talk the new version dropped is cancelled under the UID it was written with.
        assertThat(second.cancelled()).isOne();
        assertThat(after.get(Uids.of(xml.id(), "7")).status()).isEqualTo("CANCELLED");
        IcsRead roomChanged = after.get(Uids.of(xml.id(), "1"));
        assertThat(roomChanged.location()).isEqualTo("Pale Golden Rod Room");
        assertThat(roomChanged.sequence()).isEqualTo(before.get(Uids.of(xml.id(), "1")).sequence() + 1);
        IcsRead was = before.get(Uids.of(xml.id(), "14"));
        IcsRead now = after.get(Uids.of(xml.id(), "14"));
        assertThat(now.start()).isEqualTo(was.start());
        assertThat(now.sequence()).isEqualTo(shown(now).equals(shown(was)) ? 0 : 1);
    }
}
