package org.conferenceplanner.testing;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.conferenceplanner.app.CompositionRoot;
import org.conferenceplanner.app.WindowEnvironment;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.planner.InMemoryPlanRepository;
import org.conferenceplanner.planner.PlanRepository;
import org.conferenceplanner.ui.export.SaveRequest;
import org.conferenceplanner.ui.infra.InMemorySettings;
import org.conferenceplanner.ui.infra.Settings;
import org.conferenceplanner.ui.infra.TaskRunner;
import org.conferenceplanner.ui.main.MainWindow;
import org.conferenceplanner.ui.programs.InMemoryProgramHistory;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window for TestFX tests, built by the composition root on in-memory stores, a task
 * runner that reads programs at once on the FX thread (unless a test sets {@link #runner}), a save
 * dialog that answers at once, a recorded browser and clipboard, and a laptop in Berlin (so the
 * second time axis differs from every test conference's zone).
 */
public final class TestWindows {

    public static final ZoneId LAPTOP_ZONE = ZoneId.of("Europe/Berlin");
    private static final long WAIT_SECONDS = 30;

    /** Links the window asked the browser to open. */
    public final List<String> openedLinks = new CopyOnWriteArrayList<>();
    /** Texts the window put on the clipboard. */
    public final List<String> copied = new CopyOnWriteArrayList<>();
    /** What the window's save dialogs were opened with. */
    public final List<SaveRequest> saveRequests = new CopyOnWriteArrayList<>();
    /** Where the save dialog "saves": the folder the user picks; null cancels. The file name is the one proposed. */
    public volatile Path saveFolder;
    /** How the window runs background work; set before {@link #start} (e.g. the real {@code FxTaskRunner}). */
    public TaskRunner runner = new ImmediateTaskRunner();
    public MainWindow window;

    public MainWindow start(Stage stage, ProgramReader reader, String embeddedProgram, List<String> args) {
        return start(stage, reader, embeddedProgram, args, new InMemoryPlanRepository(), new InMemorySettings());
    }

    public MainWindow start(Stage stage, ProgramReader reader, String embeddedProgram, List<String> args,
            PlanRepository plans, Settings settings) {
        WindowEnvironment env = new WindowEnvironment(reader, embeddedProgram, plans,
                new InMemoryProgramHistory(), settings, runner, LAPTOP_ZONE,
                UiFixtures.CLOCK, openedLinks::add, () -> false, this::chooseSaveFile, copied::add);
        window = CompositionRoot.mainWindow(stage, env);
        window.show();
        window.viewModel().programs().start(args);
        return window;
    }

    /** Waits, as a user would, for what background work shows; fails after 30 s. */
    /** Waits until the window has a program open (the embedded one at first start) and the FX thread is idle. */
    public void waitForProgram() {
        waitUntil(() -> window.viewModel().programs().current() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("still waiting after " + WAIT_SECONDS + " s", e);
        }
    }

    private Optional<Path> chooseSaveFile(Window owner, SaveRequest request) {
        saveRequests.add(request);
        return saveFolder == null ? Optional.empty() : Optional.of(saveFolder.resolve(request.fileName()));
    }
}
