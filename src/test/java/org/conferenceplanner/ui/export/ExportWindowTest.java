package org.conferenceplanner.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.testing.TestWindows.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.conferenceplanner.app.CompositionRoot;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.export.Uids;
import org.conferenceplanner.export.VcsRead;
import org.conferenceplanner.planner.InMemoryPlanRepository;
import org.conferenceplanner.testing.Screenshots;
import org.conferenceplanner.testing.TestWindows;
import org.conferenceplanner.ui.infra.FxTaskRunner;
import org.conferenceplanner.ui.infra.InMemorySettings;
import org.conferenceplanner.ui.infra.SettingNames;
import org.conferenceplanner.ui.main.MainWindowViewModel;
import org.conferenceplanner.ui.planner.PlanRow;
import org.conferenceplanner.ui.state.OpenProgram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Calendar exports in the real window on the built-in SC12 program, driven like a user: the detail
 * pane's buttons, "Export Plan…" from the sidebar and by its shortcut. Work runs on the app's real
 * {@link FxTaskRunner}, off the FX thread, so every check waits for what the user would wait for.
 * The save dialog answers with a file in a temporary folder (the {@link SaveFilePicker} seam).
 */
@Tag("ui")
class ExportWindowTest extends ApplicationTest {

    private static final String ONLOAD = "The OpenOnload User-level Network Stack";
    private static final String IN_SITU = "Combining In-Situ and In-Transit Processing to Enable Extreme-Scale Scientific Analysis";
    private static final String KEYNOTE = "Simulating the Human Brain - An Extreme Challenge for Computing";

    @TempDir
    Path dir;

    private final TestWindows windows = new TestWindows();
    private final FxTaskRunner runner = new FxTaskRunner();
    private final InMemoryPlanRepository plans = new InMemoryPlanRepository();
    private final InMemorySettings settings = new InMemorySettings();

    @Override
    public void start(Stage stage) {
        windows.runner = runner;
        windows.start(stage, CompositionRoot.programReader(), CompositionRoot.EMBEDDED_PROGRAM, List.of(), plans,
                settings);
    }

    @BeforeEach
    void waitForSc12() {
        windows.saveFolder = dir;
        windows.waitForProgram();
    }

    @AfterEach
    void stopRunner() {
        Screenshots.save(windows.window.stage().getScene(), "export-last");
        runner.close();
    }

    private MainWindowViewModel vm() {
        return windows.window.viewModel();
    }

    private OpenProgram program() {
        return vm().programs().current();
    }

    private Session selected() {
        return vm().schedule().selectedProperty().get();
    }


    private String notice() {
        return lookup("#notice-text").queryAs(Label.class).getText();
    }

    private void waitForNotice(String start) {
        waitUntil(() -> notice().startsWith(start));
    }

    /** Finds a session by typing in the search field and selects it with Enter, as a user would. */
    private Session select(String query, String title) {
        clickOn("Wed 14 Nov");
        clickOn("#search-field");
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write(query);
        type(KeyCode.ENTER);
        assertThat(selected().title()).isEqualTo(title);
        return selected();
    }

    private Session addToPlan(String query, String title) {
        Session s = select(query, title);
        clickOn("#detail-plan-button");
        assertThat(program().isPlanned(s)).isTrue();
        return s;
    }

    private Window dialog() {
        return Window.getWindows().stream().filter(w -> w != windows.window.stage()).findFirst()
                .orElseThrow(() -> new AssertionError("no dialog is open"));
    }

    private String uid(Session s) {
        return Uids.of(program().conference().id(), s.id());
    }

    @Test
    void aSessionIsSavedAsIcsFromTheDetailPane() {
        Session onload = select("OpenOnload", ONLOAD);
        clickOn("#detail-export-ics");

        Path file = dir.resolve(ONLOAD + ".ics");
        waitForNotice("Saved");
        assertThat(notice()).isEqualTo("Saved \u201c" + ONLOAD + "\u201d as " + ONLOAD + ".ics in " + dir + ".");
        assertThat(windows.saveRequests).singleElement().satisfies(r -> {
            assertThat(r.fileName()).isEqualTo(ONLOAD + ".ics");
            assertThat(r.folder()).as("nothing exported yet").isEmpty();
        });
        assertThat(IcsFile.read(file)).singleElement().satisfies(e -> {
            assertThat(e.uid()).isEqualTo(uid(onload));
            assertThat(e.summary()).isEqualTo(ONLOAD);
            assertThat(e.start()).isEqualTo(Instant.parse("2012-11-14T18:00:00Z")).isEqualTo(onload.start());
            assertThat(e.end()).isEqualTo(onload.end());
        });
        assertThat(settings.get(SettingNames.EXPORT_FOLDER)).contains(dir.toString());

        clickOn("#detail-export-vcs");
        waitForNotice("Saved \u201c" + ONLOAD + "\u201d as " + ONLOAD + ".vcs");
        Node planExport = lookup("#plan-export").query();
        assertThat(planExport.localToScene(planExport.getBoundsInLocal()).getMaxY())
                .as("the sidebar's Export Plan button on a 1280 x 800 screen with the notice strip showing")
                .isLessThanOrEqualTo(windows.window.stage().getScene().getHeight());
        assertThat(windows.saveRequests.get(1).folder()).as("the folder is remembered").contains(dir);
    }

    @Test
    void googleCalendarOpensInTheBrowserAndTheLinkIsCopied() {
        select("OpenOnload", ONLOAD);
        clickOn("#detail-export-google");
        waitForNotice("Google Calendar opened");
        assertThat(windows.openedLinks).singleElement().asString()
                .startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE&text=The%20OpenOnload")
                .contains("&dates=20121114T180000Z/20121114T183000Z").endsWith("&ctz=America%2FDenver");

        clickOn("#detail-copy-google");
        waitForNotice("Google Calendar link for \u201c" + ONLOAD + "\u201d copied.");
        assertThat(windows.copied).containsExactlyElementsOf(windows.openedLinks);

        interact(() -> vm().programs().dismissNotice());
        clickOn("Session").clickOn("Copy Google Link");
        waitForNotice("Google Calendar link for");
        assertThat(windows.copied).hasSize(2).containsOnly(windows.openedLinks.get(0));
    }

    @Test
    void theUndatedSessionsCannotBeExported() {
        clickOn("Unscheduled");
        clickOn(".session-list .title");
        assertThat(selected().isScheduled()).isFalse();
        assertThat(lookup("#detail-export-ics").query().isDisabled()).isTrue();
        assertThat(lookup("#detail-copy-google").query().isDisabled()).isTrue();
    }

    @Test
    void mustOnlyAsVcsWithAReminderLeavesTheMaybeOut() throws Exception {
        Session inSitu = addToPlan("Extreme-Scale Scientific", IN_SITU);
        markMaybe(IN_SITU);
        assertThat(program().plan().entry(inSitu.id()).orElseThrow().priority()).isEqualTo(Priority.MAYBE);
        Session onload = addToPlan("OpenOnload", ONLOAD);
        Session keynote = addToPlan("Human Brain", KEYNOTE);

        clickOn("#plan-export");
        clickOn("#export-format-vcs");
        assertThat(lookup("#export-scope-all").queryAs(RadioButton.class).getText())
                .isEqualTo("Everything in my plan (3 sessions)");
        assertThat(lookup("#export-scope-must").queryAs(RadioButton.class).getText())
                .isEqualTo("Only sessions marked must (2 sessions)");
        clickOn("#export-scope-must");
        Spinner<?> minutes = lookup("#export-reminder").queryAs(Spinner.class);
        doubleClickOn(minutes.getEditor());
        write("10");
        Screenshots.save(dialog().getScene(), "dialog-plan-export");
        clickOn("#export-run");

        Path file = dir.resolve("SC12 plan.vcs");
        waitForNotice("2 calendar entries written to SC12 plan.vcs");
        assertThat(windows.saveRequests).last().satisfies(r -> assertThat(r.fileName()).isEqualTo("SC12 plan.vcs"));
        List<Map<String, String>> events = VcsRead.events(Files.readString(file));
        assertThat(events).extracting(e -> e.get("UID")).containsExactlyInAnyOrder(uid(onload), uid(keynote));
        assertThat(events).filteredOn(e -> e.get("UID").equals(uid(onload))).singleElement().satisfies(e -> {
            assertThat(e.get("DTSTART")).isEqualTo("20121114T180000Z");
            assertThat(e.get("DALARM")).startsWith("20121114T175000Z");
        });
        assertThat(texts("#export-report-details .label"))
                .contains("1 pick is not in this export: you chose only sessions marked must.");

        Plan saved = plans.load(program().conference().id());
        assertThat(saved.exports()).as("recorded in the saved plan").containsOnlyKeys(onload.id(), keynote.id());
        assertThat(saved.entries()).hasSize(3);
        assertThat(settings.get(SettingNames.EXPORT_FOLDER)).contains(dir.toString());
        clickOn("#export-close");
        assertThat(Window.getWindows()).hasSize(1);
    }

    @Test
    void theNextExportByShortcutUpdatesTheCalendarInsteadOfDuplicating() {
        Session onload = addToPlan("OpenOnload", ONLOAD);
        Session inSitu = addToPlan("Extreme-Scale Scientific", IN_SITU);
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        clickOn("#export-run");
        Path file = dir.resolve("SC12 plan.ics");
        waitForNotice("2 calendar entries written to SC12 plan.ics");
        assertThat(IcsFile.read(file)).extracting(IcsFile::sequence).containsOnly(0);
        clickOn("#export-close");

        select("Extreme-Scale Scientific", IN_SITU);
        clickOn("#detail-plan-button");
        assertThat(program().isPlanned(inSitu)).isFalse();
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        clickOn("#export-run");
        waitUntil(() -> notice().equals("2 calendar entries written to SC12 plan.ics")
                && program().plan().exports().get(inSitu.id()).cancelled());

        List<IcsFile> events = IcsFile.read(file);
        assertThat(events).extracting(IcsFile::uid).containsExactlyInAnyOrder(uid(onload), uid(inSitu));
        assertThat(events).filteredOn(e -> e.uid().equals(uid(inSitu))).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo("CANCELLED");
            assertThat(e.sequence()).isEqualTo(1);
        });
        assertThat(texts("#export-report-details .label")).anySatisfy(t -> assertThat(t).startsWith(
                "1 of them removes an entry exported before"));
        Screenshots.save(dialog().getScene(), "dialog-plan-export-report");
        clickOn("#export-close");
    }

    @Test
    void aFolderThatCannotBeWrittenIsAClearMessage() throws Exception {
        addToPlan("OpenOnload", ONLOAD);
        Path inTheWay = Files.writeString(dir.resolve("calendars"), "a file, not a folder");
        windows.saveFolder = inTheWay;
        clickOn("#plan-export");
        clickOn("#export-run");
        String expected = inTheWay.resolve("SC12 plan.ics") + " could not be written: " + inTheWay
                + " is a file, not a folder. Nothing was saved; choose another folder and export again.";
        waitUntil(() -> notice().equals(expected));
        assertThat(lookup("#export-error").queryAs(Label.class).getText()).isEqualTo(expected);
        assertThat(program().plan().exports()).isEmpty();
        clickOn("#export-close");
    }

    private List<String> texts(String query) {
        return lookup(query).queryAll().stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList();
    }

    /** Marks a pick "maybe" as a user does: Maybe in its context menu in the planner sidebar. */
    @SuppressWarnings("unchecked")
    private void markMaybe(String title) {
        Node line = lookup("#plan-list .list-cell").queryAll().stream()
                .filter(n -> ((ListCell<PlanRow>) n).getItem() instanceof PlanRow.Item i && i.title().equals(title))
                .findFirst().orElseThrow();
        rightClickOn(line);
        clickOn("#pick-menu-maybe");
    }
}
