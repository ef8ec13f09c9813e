package org.conferenceplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.cli.InspectCommandTest.assertNoStackTrace;
import static org.conferenceplanner.cli.InspectCommandTest.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.conferenceplanner.app.CompositionRoot;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.store.JsonPlanRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} run in-process as the jar runs it, on the SC12 program the app ships. */
class ExportCommandTest {

    @TempDir
    Path dir;

    private Path program;
    private Path dataDir;

    @BeforeEach
    void copyTheEmbeddedProgram() throws IOException {
        program = dir.resolve("sc12.txt");
        try (InputStream in = ExportCommandTest.class.getResourceAsStream(CompositionRoot.EMBEDDED_PROGRAM)) {
            Files.write(program, in.readAllBytes());
        }
        dataDir = dir.resolve("data");
    }

    private static List<VEvent> events(Path ics) throws IOException, ParserException {
        Calendar cal = new CalendarBuilder().build(Files.newInputStream(ics));
        return cal.getComponents("VEVENT");
    }

    private static String prop(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElse("");
    }

    private Conference sc12() {
        return CompositionRoot.programReader().read(program).conference();
    }

    /** A plan saved the way the window saves it. */
    private void savePlan(String... ids) {
        Conference c = sc12();
        try (JsonPlanRepository repo = new JsonPlanRepository(dataDir.resolve("plans"), Clock.systemUTC())) {
            Plan plan = repo.load(c.id());
            for (String id : ids) {
                plan = plan.with(PlanEntry.of(c.session(id).orElseThrow(), Instant.parse("2012-11-01T00:00:00Z")));
            }
            repo.save(plan);
        }
    }

    private Plan savedPlan() {
        try (JsonPlanRepository repo = new JsonPlanRepository(dataDir.resolve("plans"), Clock.systemUTC())) {
            return repo.load(sc12().id());
        }
    }

    @Test
    void allSessionsAsIcsWithAReminder() throws Exception {
        Path out = dir.resolve("SC12.ics");
        InspectCommandTest.Run r = run("export", "--program", program.toString(), "--format", "ics", "--all",
                "--alarm", "15", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        long scheduled = sc12().sessions().stream().filter(s -> s.isScheduled()).count();
        assertThat(events(out)).hasSize((int) scheduled);
        assertThat(events(out)).allSatisfy(e -> assertThat(e.getComponents("VALARM")).hasSize(1));
        assertThat(r.out()).contains("Wrote " + scheduled + " calendar entries").contains(out.toString());
        assertThat(r.err()).contains("note: ").contains("unscheduled");
        assertNoStackTrace(r);
    }

    @Test
    void oneSessionAsAGoogleLinkIsPrinted() {
        InspectCommandTest.Run r = run("export", "--program", program.toString(), "--format", "google",
                "--session", "exforum140");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE&text=The%20OpenOnload")
                .contains("&dates=20121114T180000Z/20121114T183000Z").doesNotContain("\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void severalSessionsAsGoogleLinksGiveThePage() throws IOException {
        Path out = dir.resolve("links.html");
        InspectCommandTest.Run r = run("export", "--program", program.toString(), "--format", "GOOGLE",
                "--session", "exforum140", "pap142", "--out", out.toString());
        assertThat(r.exit()).isZero();
        String page = Files.readString(out);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("The OpenOnload User-level Network Stack")
                .contains("import the .ics file");
        assertThat(r.out()).contains("Wrote 2 Google Calendar links");
    }

    @Test
    void vcsIsPrintedWithoutOut() {
        InspectCommandTest.Run r = run("export", "--program", program.toString(), "--format", "vcs", "--session", "exforum140");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("BEGIN:VCALENDAR\r\n").contains("VERSION:1.0\r\n")
                .contains("UID:exforum140@sc12.conference-planner\r\n").contains("DTSTART:20121114T180000Z\r\n");
    }

    @Test
    void thePlanIsExportedAndTheNextExportUpdatesTheCalendar() throws Exception {
        savePlan("exforum140", "pap142", "tut103");
        Path first = dir.resolve("plan.ics");
        InspectCommandTest.Run r = run("export", "--program", program.toString(), "--format", "ics", "--data-dir",
                dataDir.toString(), "--out", first.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(events(first)).extracting(e -> prop(e, "UID")).containsExactlyInAnyOrder(
                "exforum140@sc12.conference-planner", "pap142@sc12.conference-planner", "tut103@sc12.conference-planner");
        assertThat(savedPlan().exports()).containsOnlyKeys("exforum140", "pap142", "tut103");

        try (JsonPlanRepository repo = new JsonPlanRepository(dataDir.resolve("plans"), Clock.systemUTC())) {
            repo.save(repo.load("sc12").without("pap142"));
        }
        Path second = dir.resolve("plan-2.ics");
        r = run("export", "--program", program.toString(), "--format", "ics", "--plan", "--data-dir",
                dataDir.toString(), "--out", second.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 calendar entries (1 cancelled)");
        VEvent dropped = events(second).stream().filter(e -> prop(e, "UID").startsWith("pap142@")).findFirst().orElseThrow();
        assertThat(prop(dropped, "STATUS")).isEqualTo("CANCELLED");
        assertThat(prop(dropped, "SEQUENCE")).isEqualTo("1");
        assertThat(events(second)).filteredOn(e -> prop(e, "UID").startsWith("exforum140@"))
                .singleElement().satisfies(e -> assertThat(prop(e, "SEQUENCE")).isEqualTo("0"));
        assertThat(savedPlan().exports().get("pap142").cancelled()).isTrue();
    }

    @Test
    void noPlanIsAClearError() {
        InspectCommandTest.Run r = run("export", "--program", program.toString(), "--format", "ics", "--data-dir",
                dataDir.toString(), "--out", dir.resolve("x.ics").toString());
        assertThat(r.exit()).isEqualTo(ExportCommand.EXIT_NOTHING_WRITTEN);
        assertThat(r.err()).contains("no plan for").contains("--all or --session");
        assertThat(dir.resolve("x.ics")).doesNotExist();
        assertNoStackTrace(r);
    }

    @Test
    void anUnknownSessionIsNamed() {
        InspectCommandTest.Run r = run("export", "--program", program.toString(), "--format", "ics",
                "--session", "exforum140", "nope");
        assertThat(r.exit()).isEqualTo(ExportCommand.EXIT_NOTHING_WRITTEN);
        assertThat(r.err()).contains("has no session nope");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnscheduledSessionAloneWritesNothing() {
        String undated = sc12().unscheduled().get(0).id();
        InspectCommandTest.Run r = run("export", "--program", program.toString(), "--format", "ics", "--session", undated);
        assertThat(r.exit()).isEqualTo(ExportCommand.EXIT_NOTHING_WRITTEN);
        assertThat(r.err()).contains("unscheduled").contains("nothing to export");
    }

    @Test
    void wrongOptionsAndFilesAreOneLineErrors() {
        InspectCommandTest.Run badFormat = run("export", "--program", program.toString(), "--format", "pdf", "--all");
        assertThat(badFormat.exit()).isEqualTo(2);
        assertThat(badFormat.err()).contains("--format must be ics, vcs or google, not 'pdf'");
        InspectCommandTest.Run badAlarm = run("export", "--program", program.toString(), "--format", "ics", "--all",
                "--alarm", "-5");
        assertThat(badAlarm.exit()).isEqualTo(2);
        assertThat(badAlarm.err()).contains("--alarm");
        InspectCommandTest.Run both = run("export", "--program", program.toString(), "--format", "ics", "--all", "--plan");
        assertThat(both.exit()).isEqualTo(2);
        InspectCommandTest.Run missing = run("export", "--program", dir.resolve("none.xml").toString(), "--format", "ics", "--all");
        assertThat(missing.exit()).isEqualTo(ExportCommand.EXIT_UNREADABLE);
        assertThat(missing.err()).contains("none.xml").contains("does not exist");
        Path folder = dir.resolve("a-folder.ics");
        try {
            Files.createDirectories(folder.resolve("inside"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        InspectCommandTest.Run noFolder = run("export", "--program", program.toString(), "--format", "ics", "--all",
                "--out", folder.toString());
        assertThat(noFolder.exit()).isEqualTo(ExportCommand.EXIT_NOTHING_WRITTEN);
        assertThat(noFolder.err()).contains("cannot write").contains("a-folder.ics");
        for (InspectCommandTest.Run r : List.of(badFormat, badAlarm, both, missing, noFolder)) {
            assertNoStackTrace(r);
        }
    }

    @Test
    void theFileIsUtf8WithCrlf() throws IOException {
        Path out = dir.resolve("a.ics");
        assertThat(run("export", "--program", program.toString(), "--format", "ics", "--all", "--out", out.toString())
                .exit()).isZero();
        byte[] bytes = Files.readAllBytes(out);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    }
}
