package org.conferenceplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The start-up probe reports the first frame, then the first frame showing a program's day, once each. */
class StartupProbeTest extends ApplicationTest {

    private static final Instant NOW = Instant.parse("2025-02-01T08:00:00.123Z");
    private static final String STAMP = " 1234 epoch-ms=" + NOW.toEpochMilli();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private TabPane days;
    private StackPane dayArea;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        days = new TabPane();
        dayArea = new StackPane();
        days.setId("day-tabs");
        stage.setScene(new Scene(new VBox(days, dayArea), 400, 300));
        stage.show();
    }

    private StartupProbe probe() {
        return new StartupProbe(new PrintStream(bytes, true, StandardCharsets.UTF_8), Clock.fixed(NOW, ZoneOffset.UTC),
                () -> OptionalLong.of(1234), false, StartupProbe::scheduleShown);
    }

    private String output() {
        WaitForAsyncUtils.waitForFxEvents(5);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static ListView<String> sessionList() {
        ListView<String> list = new ListView<>();
        list.setId("session-list");
        return list;
    }

    @Test
    void reportsTheFirstFrameAloneWhileNoProgramIsShown() {
        interact(() -> {
            probe().watch(stage);
            dayArea.getChildren().add(sessionList());
        });
        assertThat(output()).isEqualTo("startup-probe first-frame" + STAMP + System.lineSeparator());
    }

    @Test
    void reportsTheGridFrameOnceWhenTheDaysAndTheDayViewAreShown() throws Exception {
        interact(() -> probe().watch(stage));
        output();
        ListView<String> list = sessionList();
        list.setVisible(false);
        interact(() -> {
            days.getTabs().add(new Tab("Sat 1 Feb"));
            dayArea.getChildren().add(list);
        });
        assertThat(output()).doesNotContain("first-grid-frame");
        interact(() -> list.setVisible(true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> bytes.toString(StandardCharsets.UTF_8).contains("grid"));
        interact(() -> days.getTabs().add(new Tab("Sun 2 Feb")));
        assertThat(output().lines()).containsExactly("startup-probe first-frame" + STAMP,
                "startup-probe first-grid-frame" + STAMP);
    }

    @Test
    void theGridCountsLikeTheListButNotWithoutDays() {
        StackPane grid = new StackPane();
        grid.getStyleClass().add("schedule-grid");
        grid.setPrefSize(300, 200);
        interact(() -> dayArea.getChildren().add(grid));
        assertThat(StartupProbe.scheduleShown(stage.getScene())).isFalse();
        interact(() -> days.getTabs().add(new Tab("Sat 1 Feb")));
        assertThat(StartupProbe.scheduleShown(stage.getScene())).isTrue();
    }
}
