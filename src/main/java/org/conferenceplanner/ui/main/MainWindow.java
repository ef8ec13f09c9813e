package org.conferenceplanner.ui.main;

import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.conferenceplanner.ui.detail.SessionAction;
import org.conferenceplanner.ui.grid.ScheduleGrid;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.Styles;
import org.conferenceplanner.ui.infra.TimeTexts;
import org.conferenceplanner.ui.planner.PlanAction;

/**
 * Puts the {@link MainWindowView} on a stage: scene and stylesheet, title, the remembered size and
 * position (restored before showing, saved when the window closes). FX thread.
 */
public final class MainWindow {

    static final double DEFAULT_WIDTH = 1360;
    static final double DEFAULT_HEIGHT = 840;

    private final Stage stage;
    private final MainWindowViewModel vm;
    private final MainWindowView view;

    public MainWindow(Stage stage, MainWindowViewModel vm, Messages m, TimeTexts times,
            List<SessionAction> sessionActions, List<PlanAction> planActions, Runnable about) {
        this.stage = stage;
        this.vm = vm;
        this.view = new MainWindowView(vm, m, times, sessionActions, planActions, stage::close, about);
        // Never larger than the screen: a small laptop gets a window that fits.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(DEFAULT_WIDTH, screen.getWidth()),
                Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        // The grid's sheet first (its colour defaults), then ours, whose themes override them.
        scene.getStylesheets().addAll(ScheduleGrid.STYLESHEET,
                MainWindow.class.getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(WindowBounds.MIN_WIDTH);
        stage.setMinHeight(WindowBounds.MIN_HEIGHT);
        vm.savedBounds().ifPresent(this::restore);
        stage.setOnHiding(e -> saveBounds());
    }

    public Stage stage() {
        return stage;
    }

    public MainWindowViewModel viewModel() {
        return vm;
    }

    public MainWindowView view() {
        return view;
    }

    public void show() {
        stage.show();
        view.schedule().focusDay();
    }

    private void restore(WindowBounds b) {
        // A position on a screen that is no longer attached would hide the window: keep the default then.
        if (!javafx.stage.Screen.getScreensForRectangle(b.x(), b.y(), b.width(), b.height()).isEmpty()) {
            stage.setX(b.x());
            stage.setY(b.y());
        }
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        stage.setMaximized(b.maximized());
    }

    private void saveBounds() {
        if (stage.isMaximized()) {
            vm.savedBounds().ifPresentOrElse(
                    b -> vm.saveBounds(new WindowBounds(b.x(), b.y(), b.width(), b.height(), true)),
                    () -> vm.saveBounds(new WindowBounds(stage.getX(), stage.getY(), DEFAULT_WIDTH, DEFAULT_HEIGHT, true)));
        } else {
            vm.saveBounds(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
        }
    }
}
