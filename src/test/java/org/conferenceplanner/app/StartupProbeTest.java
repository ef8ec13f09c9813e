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
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The start-up probe reports the first frame, then the first frame with a visible grid cell, once each. */
class StartupProbeTest extends ApplicationTest {

    private static final Instant NOW = Instant.parse("2025-02-01T08:00:00.123Z");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final StackPane root = new StackPane();
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
    }

    private StartupProbe probe() {
        return new StartupProbe(new PrintStream(bytes, true, StandardCharsets.UTF_8), Clock.fixed(NOW, ZoneOffset.UTC),
                () -> OptionalLong.of(1234), false, StartupProbe::hasVisibleGridCell);
    }

    private String output() {
        WaitForAsyncUtils.waitForFxEvents(5);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Pane grid(boolean cellVisible) {
        Pane cell = new Pane();
        cell.getStyleClass().add("session-cell");
        cell.setPrefSize(80, 40);
        cell.setVisible(cellVisible);
        Pane grid = new Pane(cell);
        grid.getStyleClass().add("schedule-grid");
        return grid;
    }

    @Test
    void reportsTheFirstFrameAloneWhileThereIsNoGrid() {
        interact(() -> probe().watch(stage));
        assertThat(output()).isEqualTo("startup-probe first-frame 1234 epoch-ms=" + NOW.toEpochMilli() + System.lineSeparator());
    }

    @Test
    void reportsTheGridFrameOnceWhenACellIsShown() throws Exception {
        interact(() -> probe().watch(stage));
        output();
        interact(() -> root.getChildren().add(grid(false)));
        assertThat(output()).doesNotContain("first-grid-frame");
        interact(() -> root.getChildren().add(grid(true)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> bytes.toString(StandardCharsets.UTF_8).contains("grid"));
        interact(() -> root.getChildren().add(grid(true)));
        assertThat(output().lines()).containsExactly(
                "startup-probe first-frame 1234 epoch-ms=" + NOW.toEpochMilli(),
                "startup-probe first-grid-frame 1234 epoch-ms=" + NOW.toEpochMilli());
    }

    @Test
    void aCellOutsideTheGridIsNotTheGrid() {
        Pane loose = new Pane();
        loose.getStyleClass().add("session-cell");
        loose.setPrefSize(80, 40);
        interact(() -> root.getChildren().add(loose));
        assertThat(StartupProbe.hasVisibleGridCell(stage.getScene())).isFalse();
        interact(() -> root.getChildren().add(grid(true)));
        assertThat(StartupProbe.hasVisibleGridCell(stage.getScene())).isTrue();
    }
}
