package org.conferenceplanner.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The grid on real programs: SC12 as embedded, FOSDEM 2025 from the shared files. */
@ExtendWith(ApplicationExtension.class)
class ScheduleGridRealDataTest {

    private ScheduleGrid grid;
    private Scene scene;

    @Start
    void start(Stage stage) {
        grid = new ScheduleGrid(Locale.US);
        scene = new Scene(new StackPane(grid), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void sc12WednesdayFindsOpenOnloadAndMovesOnWithTheKeys(FxRobot robot) {
        Conference sc12 = RealPrograms.sc12();
        GridDay wednesday = GridDay.of(sc12, LocalDate.of(2012, 11, 14));
        Session openOnload = wednesday.sessions().stream()
                .filter(s -> s.title().contains("OpenOnload")).findFirst().orElseThrow();

        robot.interact(() -> {
            grid.setDay(wednesday);
            grid.setSecondZone(ZoneId.of("Europe/Berlin"));
            grid.getPlannedIds().add(openOnload.id());
            grid.setSelectedSession(openOnload);
            grid.requestFocus();
        });

        Label cell = cellOf(robot, openOnload);
        assertThat(cell.getText()).isEqualTo(openOnload.title());
        assertThat(cell.getAccessibleText()).isEqualTo(openOnload.title() + ", Wed 14 Nov 11:00\u201311:30, 155-C, planned");
        assertThat(robot.lookup(".axis-title").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("MST \u2014 America/Denver", "CET \u2014 Europe/Berlin");
        GridFx.screenshot(grid, "sc12-wednesday");

        robot.type(KeyCode.DOWN);
        Session next = grid.getSelectedSession();
        assertThat(next.room()).isEqualTo("155-C");
        assertThat(next.start()).isAfterOrEqualTo(openOnload.start());
        robot.type(KeyCode.UP);
        assertThat(grid.getSelectedSession()).isEqualTo(openOnload);
    }

    @Test
    void fosdemsBusiestDayStaysSmallWhileScrolled(FxRobot robot) {
        Conference fosdem = RealPrograms.shared("frab-xml/fosdem-2025.xml");
        assertThat(fosdem.days()).hasSize(2);
        GridDay busiest = fosdem.days().stream().map(d -> GridDay.of(fosdem, d))
                .max(Comparator.comparingInt(d -> d.sessions().size())).orElseThrow();
        robot.interact(() -> grid.setDay(busiest));
        GridBody body = robot.lookup(".grid-body").queryAs(GridBody.class);

        int[] most = new int[1];
        List<String> missed = new ArrayList<>();
        robot.interact(() -> {
            for (int i = 0; i < busiest.sessions().size(); i += 10) {
                Session s = busiest.sessions().get(i); // every tenth, in time order: all over the day
                grid.scrollTo(s);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                most[0] = Math.max(most[0], GridFx.countNodes(scene.getRoot()));
                if (body.cellOf(s) == null) {
                    missed.add(s.id());
                }
            }
        });

        assertThat(missed).as("sessions not in view after scrollTo").isEmpty();

        assertThat(busiest.rooms().size()).isGreaterThan(20);
        assertThat(busiest.sessions().size()).isGreaterThan(400);
        assertThat(most[0]).isLessThan(1000);
        GridFx.screenshot(grid, "fosdem-2025-busiest-day");
    }

    private static Label cellOf(FxRobot robot, Session s) {
        WaitForAsyncUtils.waitForFxEvents();
        GridBody body = robot.lookup(".grid-body").queryAs(GridBody.class);
        SessionCell cell = body.cellOf(s);
        assertThat(cell).as("cell of %s", s.id()).isNotNull();
        return cell;
    }
}
