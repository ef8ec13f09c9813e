package org.conferenceplanner.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.planner.SessionUpdate.Match;
import org.conferenceplanner.planner.SessionUpdate.Status;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Program updates on real pairs of files: the report a user would read, and that no pick vanishes. */
class PlanReconcilerRealPairsTest {

    private static final Instant PICKED = Instant.parse("2025-12-01T12:00:00Z");

    private final ProgramReader reader = StandardImporters.reader(ImportLimits.defaults());
    private final PlanReconciler reconciler = new PlanReconciler();

    private Conference read(String schedule) {
        ImportResult result = reader.read(SharedData.schedule(schedule));
        assertThat(result.succeeded()).as(schedule).isTrue();
        return result.conference();
    }

    /** A plan of these sessions, each with its own note, every other one a maybe. */
    private static Plan planOf(Conference c, String... ids) {
        Plan plan = Plan.empty(c.id());
        for (int i = 0; i < ids.length; i++) {
            Session s = c.session(ids[i]).orElseThrow();
            plan = plan.with(new PlanEntry(s.id(), i % 2 == 0 ? Priority.MUST : Priority.MAYBE, "note " + i, i == 0,
                    PICKED, s));
        }
        return plan;
    }

    @Test
    void chaosCongressPreliminaryXmlToFinalJson() {
        Conference preliminary = read("frab-xml/39c3-schedule-20251206-preliminary.xml");
        Conference last = read("frab-json/39c3-everything.schedule.json");
        assertThat(last.id()).isEqualTo(preliminary.id());
        Plan plan = planOf(preliminary, "1541", "1776", "83768", "2319", "2407", "2397", "83756", "2188", "2408");

        ReconcileReport report = reconciler.reconcile(plan, last);

        assertThat(report.lines()).containsExactly(
                "Aber hier Leben? Nein danke! …oder doch? Wie wir der autoritären Zuspitzung begegnen können.: "
                        + "Day: Sat 27 Dec 2025 → Mon 29 Dec 2025; Time: 21:45–22:45 → 20:30–21:30; "
                        + "People: Jaša, Lisa Hoodie → Jaša Hiergeblieben, Lisa Zugezogen",
                "Landtagsrevue Live: Title: Landtagsrevue Live → Landtagsrevue Live - AUA (Ask us Anything); "
                        + "Room: Sendezentrum Bühne → Sendezentrum Bühne (Saal X 07); "
                        + "People: Sabrina, Lukas (veti), daywalker → Sabrina, Lukas (veti), Karo",
                "Awful interception: misadventures of the russian surveillance machinery: no longer in the program; "
                        + "kept in your plan as it was",
                "The Museum of Care: Open-Source Survival Kit Collection: Day: Sun 28 Dec 2025 → Mon 29 Dec 2025; "
                        + "Time: 22:05–22:45 → 11:00–11:40",
                "CCC-Jahresrückblick: People: none → Constanze Kurz, khaleesi, Matthias Marx, Linus Neumann, erdgeist",
                "Och Menno – IT und IT Security Uppsis: Room: Sendezentrum Bühne → Sendezentrum Bühne (Saal X 07)",
                "Pwn2Roll: Who Needs a 599€ Remote When You Have wheelchair.py?: "
                        + "Title: Pwn2Roll: Who Needs a 599€ Remote When You Have wheelchair.py? → "
                        + "Pwn2Roll: Who Needs a 595€ Remote When You Have wheelchair.py?; People: corellia → elfy",
                "Undersea Cables in Africa: New Frontiers of Digital Colonialism: no longer in the program; "
                        + "kept in your plan as it was");
        assertThat(report.updates().get(0).status()).isEqualTo(Status.UNCHANGED); // 1541 Liberating Bluetooth
        assertThat(report.vanished()).extracting(SessionUpdate::oldId).containsExactly("2319", "2408");
        assertNoPickVanished(plan, report, last);
    }

    @Test
    void demoConXmlToItsIcsWhereEveryIdChanged() {
        Conference xml = read("frab-xml/pretalx-democon-2022.xml");
        Conference ics = read("ics/pretalx-democon-2022.ics");
        assertThat(ics.id()).isEqualTo(xml.id());
        Plan plan = planOf(xml, "1", "14", "26", "41", "72");

        ReconcileReport report = reconciler.reconcile(plan, ics);

        assertThat(report.updates()).extracting(SessionUpdate::match).containsOnly(Match.TITLE);
        assertThat(report.updates()).extracting(SessionUpdate::status).containsOnly(Status.UNCHANGED);
        assertThat(report.hasNews()).isFalse();
        Map<String, String> newIds = report.updates().stream()
                .collect(Collectors.toMap(SessionUpdate::oldId, u -> u.newId().orElseThrow()));
        assertThat(newIds).containsEntry("1", "pretalx-democon-XFUR3C@localhost")
                .containsEntry("14", "pretalx-democon-LNNGAM@localhost")
                .containsEntry("26", "pretalx-democon-EXK7FR@localhost")
                .containsEntry("41", "pretalx-democon-87CHNK@localhost")
                .containsEntry("72", "pretalx-democon-PDXGKB@localhost");
        for (SessionUpdate u : report.updates()) {
            assertThat(u.after().title()).isEqualTo(u.before().title());
            assertThat(u.after().start()).isEqualTo(u.before().start());
            assertThat(u.after().room()).isEqualTo(u.before().room());
        }
        assertNoPickVanished(plan, report, ics);
    }

    /** Every pick is still in the plan, with its priority, note and mark; found ones point at the new program. */
    private static void assertNoPickVanished(Plan before, ReconcileReport report, Conference newer) {
        Plan after = report.plan();
        assertThat(after.entries()).hasSameSizeAs(before.entries());
        List<SessionUpdate> updates = report.updates();
        for (int i = 0; i < before.entries().size(); i++) {
            PlanEntry old = before.entries().get(i);
            PlanEntry now = after.entries().get(i);
            assertThat(now.sessionId()).isEqualTo(updates.get(i).planId());
            assertThat(now.priority()).isEqualTo(old.priority());
            assertThat(now.note()).isEqualTo(old.note());
            assertThat(now.attended()).isEqualTo(old.attended());
            assertThat(now.addedAt()).isEqualTo(old.addedAt());
            if (updates.get(i).status() == Status.VANISHED) {
                assertThat(now.lastKnown()).isEqualTo(old.lastKnown());
                assertThat(newer.session(now.sessionId())).isEmpty();
            } else {
                assertThat(newer.session(now.sessionId())).contains(now.lastKnown());
            }
        }
    }
}
