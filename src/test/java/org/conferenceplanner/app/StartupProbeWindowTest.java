package org.conferenceplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.conferenceplanner.testing.TestWindows;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The probe finds the real window's schedule: if the window's day tabs or day views change their
 * names, start-up measurement and the AppCDS training start (which waits for this frame) would
 * silently lose it, so this fails instead.
 */
@Tag("ui")
class StartupProbeWindowTest extends ApplicationTest {

    private final TestWindows windows = new TestWindows();

    @Override
    public void start(Stage stage) {
        windows.start(stage, CompositionRoot.programReader(), CompositionRoot.EMBEDDED_PROGRAM, List.of());
    }

    @Test
    void theEmbeddedProgramsFirstDayIsAScheduleOnScreen() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> StartupProbe.scheduleShown(windows.window.stage().getScene()));
        assertThat(StartupProbe.scheduleShown(windows.window.stage().getScene())).isTrue();
    }
}
