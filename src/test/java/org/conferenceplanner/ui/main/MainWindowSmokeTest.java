package org.conferenceplanner.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.conferenceplanner.testing.FakeImporter;
import org.conferenceplanner.testing.Screenshots;
import org.conferenceplanner.testing.SyntheticPrograms;
import org.conferenceplanner.testing.TestWindows;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** The window on a synthetic SC12-like program (no importer needed): the parts fit together. */
@Tag("ui")
class MainWindowSmokeTest extends ApplicationTest {

    private final TestWindows windows = new TestWindows();

    @Override
    public void start(Stage stage) {
        windows.start(stage, FakeImporter.reader(), "/fixtures/ui/fake-sc12.txt", List.of());
    }

    @Test
    void startsOnTheProgramWithDayTabsAndFindsASession() {
        assertThat(windows.window.stage().getTitle()).isEqualTo("SC12 \u2014 Conference Planner");
        TabPane tabs = lookup("#day-tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(t -> t.getText()).containsExactly("Sat 10 Nov", "Sun 11 Nov", "Mon 12 Nov",
                "Tue 13 Nov", "Wed 14 Nov", "Thu 15 Nov", "Fri 16 Nov", "Unscheduled");
        clickOn("Wed 14 Nov");
        clickOn("#search-field").write("OpenOnload").type(KeyCode.ENTER);
        assertThat(lookup("#match-count").queryAs(Label.class).getText()).isEqualTo("1 match");
        assertThat(windows.window.viewModel().schedule().selectedProperty().get().id()).isEqualTo(SyntheticPrograms.ONLOAD);
        assertThat(lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo("The OpenOnload User-level Network Stack");
        clickOn("#detail-plan-button");
        assertThat(lookup("#plan-summary").queryAs(Label.class).getText()).startsWith("1 session");
        Screenshots.save(windows.window.stage().getScene(), "smoke-synthetic");
    }
}
