package org.conferenceplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Session;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real calendar software must accept every file we write and read what we meant: calcheck runs seven
 * parsers on each export, with {@code --expect} built from our model. Skipped (reported) when calcheck
 * is not installed.
 */
class CalendarSoftwareTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private final CalendarExporter exporter = new CalendarExporter(Clock.fixed(NOW, ZoneOffset.UTC), "test");

    @TempDir
    Path dir;

    static Plan planOfEverything(Conference c) {
        Plan plan = Plan.empty(c.id());
        for (Session s : c.sessions()) {
            plan = plan.with(PlanEntry.of(s, NOW));
        }
        return plan;
    }

    /** The events as our model says they are; for .vcs, as the format can carry them. */
    static List<Calcheck.Expected> expected(ExportSelection selection, ExportOptions options, boolean vcs) {
        List<Calcheck.Expected> list = new ArrayList<>();
        for (CalendarEntry e : ExportBatch.prepare(selection, options, NOW).entries()) {
            EventText t = e.text();
            if (vcs) {
                list.add(new Calcheck.Expected(e.uid(), VcsWriter.readBack(t.summary()),
                        VcsWriter.writtenTime(e.session().start()), VcsWriter.writtenTime(e.session().end()),
                        VcsWriter.readBack(t.location()), VcsWriter.readBack(t.description())));
            } else {
                list.add(new Calcheck.Expected(e.uid(), IcsWriter.readBack(t.summary()), e.session().start(),
                        e.session().end(), IcsWriter.readBack(t.location()), IcsWriter.readBack(t.description())));
            }
        }
        return list;
    }

    private Calcheck.Outcome exportAndCheck(String name, ExportFormat format, ExportSelection selection,
            ExportOptions options) throws IOException {
        ExportResult r = exporter.export(format, selection, options);
        Path file = dir.resolve(name + "." + r.extension());
        Files.writeString(file, r.content(), StandardCharsets.UTF_8);
        return Calcheck.check(dir, name, expected(selection, options, format == ExportFormat.VCS),
                selection.conference().zone(), file.toString());
    }

    private static void assertPassed(Calcheck.Outcome outcome) {
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.resultLine()).matches("\\d+ passed, 0 failed");
    }

    @Test
    void sc12PlanAsIcs() throws IOException {
        Conference sc12 = Sc12Events.conference();
        assertPassed(exportAndCheck("sc12-plan", ExportFormat.ICS, ExportSelection.ofPlan(sc12, planOfEverything(sc12)),
                ExportOptions.defaults().withAlarm(15).withCalendarName("SC12 plan")));
    }

    @Test
    void sc12PlanAsVcs() throws IOException {
        Conference sc12 = Sc12Events.conference();
        assertPassed(exportAndCheck("sc12-plan", ExportFormat.VCS, ExportSelection.ofPlan(sc12, planOfEverything(sc12)),
                ExportOptions.defaults().withAlarm(15)));
    }

    @Test
    void sc12PlanAsGoogleLinks() throws IOException {
        Conference sc12 = Sc12Events.conference();
        ExportSelection selection = ExportSelection.ofPlan(sc12, planOfEverything(sc12));
        ExportResult page = exporter.export(ExportFormat.GOOGLE, selection, ExportOptions.defaults());
        List<String> links = Jsoup.parse(page.content()).select("a[href]").eachAttr("href");
        assertThat(links).hasSize(page.written());
        Path file = dir.resolve("sc12-links.txt");
        Files.write(file, links, StandardCharsets.UTF_8);
        List<Calcheck.Expected> expected = new ArrayList<>();
        for (CalendarEntry e : ExportBatch.prepare(selection, ExportOptions.defaults(), NOW).entries()) {
            String details = e.text().description();
            boolean whole = links.stream().anyMatch(l -> l.contains("&details=" + GoogleCalendarLink.encode(details) + "&"));
            expected.add(new Calcheck.Expected(null, e.text().summary(), e.session().start(), e.session().end(),
                    e.text().location(), whole ? details : null));
        }
        Calcheck.Outcome outcome = Calcheck.check(dir, "sc12-links", expected, sc12.zone(), "--gcal", "@" + file);
        assertPassed(outcome);
        assertThat(outcome.resultLine()).isEqualTo(links.size() + " passed, 0 failed");
    }

    private void wholeProgramAsIcs(String name, String relative) throws IOException {
        Conference c = RealPrograms.read(relative);
        assertPassed(exportAndCheck(name, ExportFormat.ICS, ExportSelection.of(c, c.sessions(), Map.of()),
                ExportOptions.defaults()));
    }

    @Test
    void wholeFosdem2025AsIcs() throws IOException {
        wholeProgramAsIcs("fosdem-2025", "frab-xml/fosdem-2025.xml");
    }

    @Test
    void whole38c3AsIcs() throws IOException {
        wholeProgramAsIcs("38c3", "frab-xml/38c3-schedule-20251206.xml");
    }

    @Test
    void wholeCamp2019AsIcs() throws IOException {
        wholeProgramAsIcs("camp2019", "frab-json/camp2019-frab.json");
    }

    @Test
    void nastyTextInIcsAndVcs() throws IOException {
        Conference c = NastyTextTest.nastyConference();
        ExportSelection all = ExportSelection.of(c, c.sessions(), Map.of());
        assertPassed(exportAndCheck("nasty", ExportFormat.ICS, all, ExportOptions.defaults().withAlarm(5)));
        assertPassed(exportAndCheck("nasty", ExportFormat.VCS, all, ExportOptions.defaults().withAlarm(5)));
    }

    @Test
    void anUpdateWithChangesAndCancellations() throws IOException {
        Conference sc12 = Sc12Events.conference();
        Plan plan = planOfEverything(sc12);
        plan = exporter.export(ExportFormat.ICS, ExportSelection.ofPlan(sc12, plan), ExportOptions.defaults()).applyTo(plan);
        List<Session> changed = new ArrayList<>();
        for (Session s : sc12.sessions()) {
            if (s.id().startsWith("pap")) {
                changed.add(s.isScheduled() ? s.toBuilder().start(s.start().plusSeconds(1800)).end(s.end().plusSeconds(1800))
                        .build() : s);
            } else if (s.id().startsWith("tut")) {
                changed.add(s.toBuilder().cancelled(true).build());
            } else {
                changed.add(s);
            }
        }
        Conference v2 = sc12.withSessions(changed);
        plan = plan.without("exforum140");
        assertPassed(exportAndCheck("sc12-update", ExportFormat.ICS, ExportSelection.ofPlan(v2, plan), ExportOptions.defaults()));
        assertPassed(exportAndCheck("sc12-update", ExportFormat.VCS, ExportSelection.ofPlan(v2, plan), ExportOptions.defaults()));
    }
}
