package org.conferenceplanner.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ExportedState;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.export.CalendarExporter;
import org.conferenceplanner.export.ExportFormat;
import org.conferenceplanner.export.ExportResult;
import org.conferenceplanner.export.Uids;
import org.conferenceplanner.export.VcsRead;
import org.conferenceplanner.testing.ImmediateTaskRunner;
import org.conferenceplanner.testing.SyntheticPrograms;
import org.conferenceplanner.testing.UiFixtures;
import org.conferenceplanner.ui.infra.InMemorySettings;
import org.conferenceplanner.ui.infra.SettingNames;
import org.conferenceplanner.ui.state.OpenProgram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detail pane's calendar exports without a window. */
class SessionExportViewModelTest {

    @TempDir
    Path dir;

    private final Conference sc12 = SyntheticPrograms.sc12Like();
    private final Session onload = sc12.session(SyntheticPrograms.ONLOAD).orElseThrow();
    private final OpenProgram program = UiFixtures.open(sc12);
    private final InMemorySettings settings = new InMemorySettings();
    private final List<String> browser = new ArrayList<>();
    private final List<String> clipboard = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private final SessionExportViewModel vm = new SessionExportViewModel(new CalendarExporter(UiFixtures.CLOCK, "test"),
            new ExportSettings(settings), new ImmediateTaskRunner(), browser::add, clipboard::add, notices::add,
            UiFixtures.MESSAGES);

    @Test
    void theSaveDialogProposesTheTitleInTheFolderLastExportedTo() {
        settings.put(SettingNames.EXPORT_FOLDER, dir.toString());
        SaveRequest request = vm.saveRequest(onload, ExportFormat.VCS);
        assertThat(request.fileName()).isEqualTo("The OpenOnload User-level Network Stack.vcs");
        assertThat(request.folder()).contains(dir);
        assertThat(request.title()).isEqualTo("Save \u201cThe OpenOnload User-level Network Stack\u201d as a calendar file");
        assertThat(request.withExtension(dir.resolve("typed"))).isEqualTo(dir.resolve("typed.vcs"));
        assertThat(request.withExtension(dir.resolve("x.VCS"))).isEqualTo(dir.resolve("x.VCS"));
    }

    @Test
    void savingWritesTheSessionTellsWhereAndRecordsNothingInThePlan() {
        program.setPlanned(onload, true);
        settings.putDouble(SettingNames.REMINDER_MINUTES, 5);
        Path file = dir.resolve("onload.ics");
        vm.save(program, onload, ExportFormat.ICS, file);
        assertThat(IcsFile.read(file)).singleElement().satisfies(e -> {
            assertThat(e.uid()).isEqualTo(Uids.of("sc12", SyntheticPrograms.ONLOAD));
            assertThat(e.start()).isEqualTo(onload.start());
            assertThat(e.end()).isEqualTo(onload.end());
            assertThat(e.alarmTrigger()).as("the remembered reminder").isEqualTo("-PT5M");
        });
        assertThat(notices).containsExactly("Saved \u201cThe OpenOnload User-level Network Stack\u201d as onload.ics in "
                + dir + ".");
        assertThat(settings.get(SettingNames.EXPORT_FOLDER)).contains(dir.toString());
        assertThat(program.plan().exports()).isEmpty();
    }

    @Test
    void aVcsFileHoldsTheSessionInUtc() throws Exception {
        Path file = dir.resolve("onload.vcs");
        vm.save(program, onload, ExportFormat.VCS, file);
        assertThat(VcsRead.events(Files.readString(file))).singleElement().satisfies(e -> {
            assertThat(e.get("UID")).isEqualTo(Uids.of("sc12", SyntheticPrograms.ONLOAD));
            assertThat(e.get("SUMMARY")).isEqualTo(onload.title());
            assertThat(e.get("DTSTART")).isEqualTo("20121114T180000Z");
            assertThat(e.get("DTEND")).isEqualTo("20121114T183000Z");
        });
    }

    @Test
    void aFailedSaveIsOneSentenceInTheNoticeStrip() throws Exception {
        Path inTheWay = Files.writeString(dir.resolve("in the way"), "");
        vm.save(program, onload, ExportFormat.ICS, inTheWay.resolve("onload.ics"));
        assertThat(notices).containsExactly(inTheWay.resolve("onload.ics") + " could not be written: " + inTheWay
                + " is a file, not a folder. Nothing was saved; choose another folder and export again.");
        assertThat(settings.get(SettingNames.EXPORT_FOLDER)).isEmpty();
    }

    @Test
    void aSessionTheCalendarKnowsFromAPlanExportKeepsItsUid() {
        program.setPlanned(onload, true);
        program.recordExports(new ExportResult(ExportFormat.ICS, "", false, 1, 0, List.of(), Map.of(SyntheticPrograms.ONLOAD,
                new ExportedState(4, "older", Instant.EPOCH, false, "kept-uid@sc12.conference-planner"))));
        vm.save(program, onload, ExportFormat.ICS, dir.resolve("again.ics"));
        assertThat(IcsFile.read(dir.resolve("again.ics"))).singleElement().satisfies(e -> {
            assertThat(e.uid()).isEqualTo("kept-uid@sc12.conference-planner");
            assertThat(e.sequence()).as("never lower than the calendar has").isEqualTo(5);
        });
    }

    @Test
    void googleOpensTheLinkInTheBrowserOrCopiesIt() {
        vm.openInGoogle(program, onload);
        assertThat(browser).singleElement().asString()
                .startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE&text=The%20OpenOnload")
                .contains("&dates=20121114T180000Z/20121114T183000Z");
        vm.copyGoogleLink(program, onload);
        assertThat(clipboard).containsExactlyElementsOf(browser);
        assertThat(notices).containsExactly(
                "Google Calendar opened in your browser for \u201cThe OpenOnload User-level Network Stack\u201d.",
                "Google Calendar link for \u201cThe OpenOnload User-level Network Stack\u201d copied.");
    }

    @Test
    void aSessionWithoutADateIsExplainedNotExported() {
        Session bof = sc12.session("bof219").orElseThrow();
        vm.save(program, bof, ExportFormat.ICS, dir.resolve("bof.ics"));
        vm.copyGoogleLink(program, bof);
        assertThat(dir.resolve("bof.ics")).doesNotExist();
        assertThat(clipboard).isEmpty();
        assertThat(notices).hasSize(2).allSatisfy(n -> assertThat(n).contains("A BoF Without a Date")
                .contains("has no date or time yet"));
    }
}
