package org.conferenceplanner.testing;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import org.conferenceplanner.app.CompositionRoot;
import org.conferenceplanner.app.WindowEnvironment;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.planner.InMemoryPlanRepository;
import org.conferenceplanner.ui.infra.InMemorySettings;
import org.conferenceplanner.ui.main.MainWindow;
import org.conferenceplanner.ui.programs.InMemoryProgramHistory;

/**
 * The real window for TestFX tests, built by the composition root on in-memory stores, a task
 * runner that reads programs at once on the FX thread, and a laptop in Berlin (so the second time
 * axis differs from every test conference's zone).
 */
public final class TestWindows {

    public static final ZoneId LAPTOP_ZONE = ZoneId.of("Europe/Berlin");

    /** Links the window asked the browser to open. */
    public final List<String> openedLinks = new CopyOnWriteArrayList<>();
    public MainWindow window;

    public MainWindow start(Stage stage, ProgramReader reader, String embeddedProgram, List<String> args) {
        WindowEnvironment env = new WindowEnvironment(reader, embeddedProgram, new InMemoryPlanRepository(),
                new InMemoryProgramHistory(), new InMemorySettings(), new ImmediateTaskRunner(), LAPTOP_ZONE,
                UiFixtures.CLOCK, openedLinks::add, () -> false, List.of(), List.of());
        window = CompositionRoot.mainWindow(stage, env);
        window.show();
        window.viewModel().programs().start(args);
        return window;
    }
}
