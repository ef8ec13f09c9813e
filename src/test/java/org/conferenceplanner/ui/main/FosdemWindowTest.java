package org.conferenceplanner.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.conferenceplanner.app.CompositionRoot;
import org.conferenceplanner.testing.Screenshots;
import org.conferenceplanner.testing.SharedData;
import org.conferenceplanner.testing.TestWindows;
import org.conferenceplanner.ui.state.OpenProgram;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** Opening a second, real program (FOSDEM 2025, frab XML) next to SC12 and switching between them. */
@Tag("ui")
class FosdemWindowTest extends ApplicationTest {

    private final TestWindows windows = new TestWindows();

    @Override
    public void start(Stage stage) {
        windows.start(stage, CompositionRoot.programReader(), CompositionRoot.EMBEDDED_PROGRAM, List.of());
    }

    private MainWindowViewModel vm() {
        return windows.window.viewModel();
    }

    private List<String> tabTexts() {
        return lookup("#day-tabs").queryAs(TabPane.class).getTabs().stream().map(t -> t.getText()).toList();
    }

    private List<String> roomHeaders() {
        return lookup(".schedule-grid .room-label").queryAll().stream().filter(n -> n.isVisible())
                .map(n -> ((Label) n).getText()).toList();
    }

    /** Conference › title; the pointer first goes straight down, not across the other menus' titles. */
    private void chooseConference(String title) {
        clickOn("Conference").moveBy(0, 30).clickOn(title);
    }

    @Test
    void opensFosdemAndShowsItsTwoDaysAndRooms() {
        Path fosdem = SharedData.schedule("frab-xml/fosdem-2025.xml");
        interact(() -> vm().programs().open(fosdem));
        assertThat(windows.window.stage().getTitle()).isEqualTo("FOSDEM 2025 \u2014 Conference Planner");
        assertThat(tabTexts()).containsExactly("Sat 1 Feb", "Sun 2 Feb");
        assertThat(vm().schedule().contentProperty().get().rooms()).as(vm().schedule().contentProperty().get().rooms().toString())
                .hasSize(29).contains("K.3.201", "H.1301 (Cornil)");
        assertThat(roomHeaders()).as(roomHeaders().toString()).isNotEmpty()
                .allMatch(vm().schedule().contentProperty().get().rooms()::contains);
        assertThat(roomHeaders().get(0)).isEqualTo(vm().schedule().contentProperty().get().rooms().get(0));
        clickOn("Sun 2 Feb");
        assertThat(vm().schedule().contentProperty().get().rooms()).hasSize(28);
        assertThat(lookup(".schedule-grid .axis-title").queryAll().stream().map(n -> ((Label) n).getText()))
                .anySatisfy(t -> assertThat(t).contains("Europe/Brussels"));
        Screenshots.save(windows.window.stage().getScene(), "fosdem-sunday");

        // Both conferences stay open; switching keeps each one's day.
        assertThat(vm().programs().programs()).extracting(OpenProgram::title)
                .containsExactly(vm().programs().programs().get(0).title(), "FOSDEM 2025");
        chooseConference(vm().programs().programs().get(0).title());
        assertThat(tabTexts()).hasSize(8);
        chooseConference("FOSDEM 2025");
        assertThat(vm().schedule().dayProperty().get().date()).hasToString("2025-02-02");
        assertThat(vm().programs().recent()).extracting(r -> r.title()).startsWith("FOSDEM 2025");
    }

    @Test
    void aSecondAxisInTheLaptopsZone() {
        interact(() -> vm().programs().open(SharedData.schedule("frab-xml/fosdem-2025.xml")));
        clickOn("View").clickOn("Show My Time Zone");
        // The test laptop is in Berlin: same offset as Brussels, so no second axis is needed.
        assertThat(vm().schedule().secondZoneProperty().get()).isNull();
        assertThat(vm().schedule().showLaptopZoneProperty().get()).isTrue();
        chooseConference(vm().programs().programs().get(0).title());
        assertThat(vm().schedule().showLaptopZoneProperty().get()).isTrue();
        assertThat(vm().programs().current().conference().id()).isEqualTo("sc12");
        assertThat(vm().schedule().secondZoneProperty().get()).isEqualTo(TestWindows.LAPTOP_ZONE);
        assertThat(lookup(".schedule-grid .axis-title").queryAll().stream().map(n -> ((Label) n).getText()))
                .anySatisfy(t -> assertThat(t).contains("Europe/Berlin"));
        Screenshots.save(windows.window.stage().getScene(), "sc12-second-axis");
    }
}
