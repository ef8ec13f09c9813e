package org.conferenceplanner.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.export.CalendarExporter;
import org.conferenceplanner.export.ExportFormat;
import org.conferenceplanner.export.Uids;
import org.conferenceplanner.planner.InMemoryPlanRepository;
import org.conferenceplanner.testing.ImmediateTaskRunner;
import org.conferenceplanner.testing.SyntheticPrograms;
import org.conferenceplanner.testing.UiFixtures;
import org.conferenceplanner.ui.export.PlanExportViewModel.Scope;
import org.conferenceplanner.ui.infra.InMemorySettings;
import org.conferenceplanner.ui.infra.SettingNames;
import org.conferenceplanner.ui.infra.TaskRunner;
import org.conferenceplanner.ui.state.OpenProgram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Export plan…" without a window: what the save dialog proposes, what is written, recorded and reported. */
class PlanExportViewModelTest {

    @TempDir
    Path dir;

    private final Conference sc12 = SyntheticPrograms.sc12Like();
    private final OpenProgram program = UiFixtures.open(sc12);
    private final InMemorySettings settings = new InMemorySettings();
    private final CalendarExporter exporter = new CalendarExporter(UiFixtures.CLOCK, "test");
    private final List<String> notices = new ArrayList<>();

    private PlanExportViewModel vm(TaskRunner runner) {
        return new PlanExportViewModel(program, exporter, new ExportSettings(settings), runner, notices::add,
                UiFixtures.MESSAGES, UiFixtures.TIMES);
    }

    private PlanExportViewModel vm() {
        return vm(new ImmediateTaskRunner());
    }

    private void pick(String... ids) {
        for (String id : ids) {
            program.setPlanned(sc12.session(id).orElseThrow(), true);
        }
    }

    @Test
    void theSaveDialogProposesThePlanNameInTheFolderLastExportedTo() {
        PlanExportViewModel vm = vm();
        SaveRequest ics = vm.saveRequest();
        assertThat(ics.fileName()).isEqualTo("SC12 plan.ics");
        assertThat(ics.extension()).isEqualTo("ics");
        assertThat(ics.filterLabel()).isEqualTo("iCalendar files (*.ics)");
        assertThat(ics.folder()).as("nothing exported yet: the platform's default").isEmpty();
        vm.formatProperty().set(ExportFormat.VCS);
        assertThat(vm.saveRequest().fileName()).isEqualTo("SC12 plan.vcs");
        vm.formatProperty().set(ExportFormat.GOOGLE);
        assertThat(vm.saveRequest().fileName()).isEqualTo("SC12 plan.html");

        settings.put(SettingNames.EXPORT_FOLDER, dir.toString());
        assertThat(vm.saveRequest().folder()).contains(dir);
        settings.put(SettingNames.EXPORT_FOLDER, dir.resolve("gone").toString());
        assertThat(vm.saveRequest().folder()).as("a folder deleted since").isEmpty();
    }

    @Test
    void anExportWritesTheFileRecordsWhatItWroteAndSaysWhatWasLeftOut() {
        pick(SyntheticPrograms.ONLOAD, "pap101", "bof219");
        PlanExportViewModel vm = vm();
        Path file = dir.resolve("SC12 plan.ics");

        vm.export(file);

        List<IcsFile> events = IcsFile.read(file);
        assertThat(events).extracting(IcsFile::uid).containsExactly(Uids.of("sc12", "pap101"),
                Uids.of("sc12", SyntheticPrograms.ONLOAD));
        Session onload = sc12.session(SyntheticPrograms.ONLOAD).orElseThrow();
        assertThat(events.get(1)).satisfies(e -> {
            assertThat(e.start()).isEqualTo(onload.start());
            assertThat(e.end()).isEqualTo(onload.end());
            assertThat(e.alarmTrigger()).as("no reminder by default").isEmpty();
        });
        assertThat(program.plan().exports()).containsOnlyKeys("pap101", SyntheticPrograms.ONLOAD);
        assertThat(program.plan().entries()).hasSize(3);
        ExportReport report = vm.reportProperty().get();
        assertThat(report.headline()).isEqualTo("2 calendar entries written to SC12 plan.ics");
        assertThat(notices).as("the window's notice strip").containsExactly(report.headline());
        assertThat(report.details()).contains("Folder: " + dir);
        assertThat(report.leftOut()).singleElement().asString()
                .isEqualTo("\"A BoF Without a Date\" (bof219) has no date or time yet (unscheduled): left out.");
        assertThat(report.file()).contains(file);
        assertThat(settings.get(SettingNames.EXPORT_FOLDER)).contains(dir.toString());
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aSecondExportAfterRemovingAPickCancelsItsEntryWithAHigherSequence() {
        pick(SyntheticPrograms.ONLOAD, "pap101");
        Path file = dir.resolve("SC12 plan.ics");
        vm().export(file);
        program.removeFromPlan("pap101");

        PlanExportViewModel again = vm();
        again.export(file);

        assertThat(IcsFile.read(file)).filteredOn(e -> e.uid().equals(Uids.of("sc12", "pap101"))).singleElement()
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo("CANCELLED");
                    assertThat(e.sequence()).isEqualTo(1);
                });
        assertThat(again.reportProperty().get().details()).first().asString()
                .startsWith("1 of them removes an entry exported before");
        assertThat(program.plan().exports().get("pap101").cancelled()).isTrue();
    }

    @Test
    void oneDayExportsThatDayAndSaysHowManyPicksItLeavesOut() {
        pick(SyntheticPrograms.ONLOAD, "pap101", "inspkr103");
        PlanExportViewModel vm = vm();
        assertThat(vm.days()).containsExactly(LocalDate.of(2012, 11, 13), LocalDate.of(2012, 11, 14));
        assertThat(vm.dayProperty().get()).isEqualTo(LocalDate.of(2012, 11, 13));
        assertThat(vm.picks(Scope.ALL, null)).isEqualTo(3);
        assertThat(vm.picks(Scope.DAY, LocalDate.of(2012, 11, 13))).isEqualTo(1);
        assertThat(vm.picks(Scope.DAY, LocalDate.of(2012, 11, 14))).isEqualTo(2);
        vm.scopeProperty().set(Scope.DAY);
        vm.export(dir.resolve("day.ics"));
        assertThat(IcsFile.read(dir.resolve("day.ics"))).extracting(IcsFile::uid)
                .containsExactly(Uids.of("sc12", "inspkr103"));
        assertThat(vm.reportProperty().get().details())
                .contains("2 picks are not in this export: you chose only Tuesday 13 Nov.");
        assertThat(program.plan().exports()).containsOnlyKeys("inspkr103");
    }

    @Test
    void mustOnlyLeavesTheMaybesOutWithoutCancellingThem() {
        InMemoryPlanRepository plans = new InMemoryPlanRepository();
        Plan plan = Plan.empty("sc12").with(PlanEntry.of(sc12.session("pap101").orElseThrow(), Instant.EPOCH))
                .with(PlanEntry.of(sc12.session("pap102").orElseThrow(), Instant.EPOCH).withPriority(Priority.MAYBE));
        plans.save(plan);
        OpenProgram withMaybe = UiFixtures.open(sc12, plans);
        PlanExportViewModel vm = new PlanExportViewModel(withMaybe, exporter, new ExportSettings(settings),
                new ImmediateTaskRunner(), notices::add, UiFixtures.MESSAGES, UiFixtures.TIMES);
        assertThat(vm.picks(Scope.MUST, null)).isEqualTo(1);
        assertThat(vm.picks(Scope.ALL, null)).isEqualTo(2);
        vm.export(dir.resolve("all.ics"));
        vm.scopeProperty().set(Scope.MUST);
        vm.export(dir.resolve("must.ics"));
        assertThat(IcsFile.read(dir.resolve("must.ics"))).extracting(IcsFile::uid).containsExactly(Uids.of("sc12", "pap101"));
        assertThat(vm.reportProperty().get().details())
                .contains("1 pick is not in this export: you chose only sessions marked must.");
        assertThat(withMaybe.plan().exports().get("pap102").cancelled()).isFalse();
        assertThat(plans.load("sc12").exports()).containsOnlyKeys("pap101", "pap102");
    }

    @Test
    void aReminderGoesIntoTheFileAndIsRemembered() {
        pick(SyntheticPrograms.ONLOAD);
        PlanExportViewModel vm = vm();
        vm.reminderMinutesProperty().set(15);
        vm.export(dir.resolve("r.ics"));
        assertThat(IcsFile.read(dir.resolve("r.ics"))).singleElement()
                .satisfies(e -> assertThat(e.alarmTrigger()).isEqualTo("-PT15M"));
        assertThat(vm().reminderMinutesProperty().get()).as("the next dialog").isEqualTo(15);
    }

    @Test
    void googleLinksAreAPageAndRecordNothing() throws IOException {
        pick(SyntheticPrograms.ONLOAD, "pap101");
        PlanExportViewModel vm = vm();
        vm.formatProperty().set(ExportFormat.GOOGLE);
        vm.reminderMinutesProperty().set(10);
        assertThat(vm.reminderAppliesProperty().get()).isFalse();
        vm.export(dir.resolve("SC12 plan.html"));
        String page = Files.readString(dir.resolve("SC12 plan.html"));
        assertThat(page).contains("https://calendar.google.com/calendar/render?action=TEMPLATE")
                .contains("The OpenOnload User-level Network Stack");
        assertThat(vm.reportProperty().get().headline()).isEqualTo("2 Google Calendar links written to SC12 plan.html");
        assertThat(program.plan().exports()).isEmpty();
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedAndNothingIsRecorded() throws IOException {
        pick(SyntheticPrograms.ONLOAD);
        PlanExportViewModel vm = vm();
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file where the folder should be");
        Path file = notAFolder.resolve("SC12 plan.ics");
        vm.export(file);
        String expected = file + " could not be written: " + notAFolder + " is a file, not a folder. "
                + "Nothing was saved; choose another folder and export again.";
        assertThat(vm.errorProperty().get()).isEqualTo(expected);
        assertThat(notices).containsExactly(expected);
        assertThat(vm.reportProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(program.plan().exports()).isEmpty();
        assertThat(settings.get(SettingNames.EXPORT_FOLDER)).isEmpty();
    }

    @Test
    void aReadOnlyFolderIsReportedAsSuch() throws IOException {
        pick(SyntheticPrograms.ONLOAD);
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        // root may write anywhere: then there is no read-only folder to try
        assumeFalse(Files.isWritable(readOnly), "the tests run as root");
        PlanExportViewModel vm = vm();
        vm.export(readOnly.resolve("SC12 plan.ics"));
        assertThat(vm.errorProperty().get()).isEqualTo(readOnly.resolve("SC12 plan.ics")
                + " could not be written: you may not write in that folder. Nothing was saved; choose another folder"
                + " and export again.");
        assertThat(program.plan().exports()).isEmpty();
    }

    @Test
    void aPlanOfUndatedSessionsWritesNoFile() {
        pick("bof219");
        PlanExportViewModel vm = vm();
        vm.export(dir.resolve("SC12 plan.ics"));
        assertThat(dir.resolve("SC12 plan.ics")).doesNotExist();
        assertThat(vm.reportProperty().get().headline())
                .isEqualTo("Nothing was written: none of the chosen sessions has a date and time yet.");
        assertThat(vm.reportProperty().get().file()).isEmpty();
    }

    @Test
    void picksMadeWhileTheExportRunsAreKept() {
        pick(SyntheticPrograms.ONLOAD);
        List<Runnable> later = new ArrayList<>();
        TaskRunner deferred = new TaskRunner() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
                T result = work.get();
                later.add(() -> onDone.accept(result));
            }

            @Override
            public void later(Runnable action) {
                later.add(action);
            }
        };
        PlanExportViewModel vm = vm(deferred);
        vm.export(dir.resolve("SC12 plan.ics"));
        assertThat(vm.busyProperty().get()).isTrue();
        pick("pap101");
        later.forEach(Runnable::run);
        assertThat(program.plan().entries()).hasSize(2);
        assertThat(program.plan().exports()).containsOnlyKeys(SyntheticPrograms.ONLOAD);
    }
}
