package org.conferenceplanner.app;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Reports start-up milestones for {@code packaging/measure-startup.sh} and ends the AppCDS training
 * start. Off unless the system property {@value #PROPERTY} is set: then it prints, once each,
 *
 * <pre>
 * startup-probe first-frame &lt;ms since process start&gt; epoch-ms=&lt;wall clock&gt;
 * startup-probe first-grid-frame &lt;ms since process start&gt; epoch-ms=&lt;wall clock&gt;
 * </pre>
 *
 * <p>A milestone is printed in the pulse after the one whose layout first showed it, so the frame that
 * draws it has been rendered (at most one pulse, about 16 ms, late). The grid frame is the first
 * with the program's day on screen, as the grid or, when the day is shown as a list, the list (see
 * {@link #scheduleShown}). With the value {@value #EXIT} the app exits after the grid frame,
 * or, should no grid ever be drawn, {@link #GRID_DEADLINE} after the first frame (so that a training start
 * always ends).
 *
 * <p>FX thread only, after the stage has a scene.
 */
public final class StartupProbe {

    public static final String PROPERTY = "conference-planner.startup-probe";
    /** The property value that ends the app after the first grid frame (the training start). */
    public static final String EXIT = "exit";
    /** The window's day tabs (ScheduleView), found by selector so that the views need expose nothing for the probe. */
    static final String DAY_TABS = "#day-tabs";
    /** A day as the grid (ScheduleGrid) or as the list (SessionListView). */
    static final List<String> DAY_VIEWS = List.of(".schedule-grid", "#session-list");
    static final Duration GRID_DEADLINE = Duration.seconds(30);

    private final PrintStream out;
    private final Clock clock;
    private final ProcessClock processClock;
    private final boolean exitAfterGrid;
    private final Predicate<Scene> gridDrawn;
    private final Runnable listener = this::afterLayout;
    private Scene scene;
    private Milestone pending;
    private boolean frameReported;
    private boolean gridReported;

    private enum Milestone { FIRST_FRAME, FIRST_GRID_FRAME }

    StartupProbe(PrintStream out, Clock clock, ProcessClock processClock, boolean exitAfterGrid,
            Predicate<Scene> gridDrawn) {
        this.out = out;
        this.clock = clock;
        this.processClock = processClock;
        this.exitAfterGrid = exitAfterGrid;
        this.gridDrawn = gridDrawn;
    }

    /** The probe the system properties ask for, if any. */
    public static Optional<StartupProbe> fromSystemProperties() {
        String value = System.getProperty(PROPERTY);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(new StartupProbe(System.out, Clock.systemUTC(), ProcessClock.linuxOrNone(),
                EXIT.equals(value.strip().toLowerCase(Locale.ROOT)), StartupProbe::scheduleShown));
    }

    /** Starts watching the pulses of {@code window}'s scene. */
    public void watch(Window window) {
        scene = window.getScene();
        scene.addPostLayoutPulseListener(listener);
        Platform.requestNextPulse();
        if (exitAfterGrid) {
            PauseTransition deadline = new PauseTransition(GRID_DEADLINE);
            deadline.setOnFinished(e -> {
                if (!gridReported) {
                    out.println("startup-probe no-grid-frame within " + (long) GRID_DEADLINE.toSeconds() + " s");
                    Platform.exit();
                }
            });
            deadline.play();
        }
    }

    private void afterLayout() {
        if (pending != null) {
            report(pending);
            pending = null;
        }
        if (!frameReported && scene.getWindow() != null && scene.getWindow().isShowing()) {
            frameReported = true;
            pending = Milestone.FIRST_FRAME;
        } else if (frameReported && !gridReported && gridDrawn.test(scene)) {
            gridReported = true;
            pending = Milestone.FIRST_GRID_FRAME;
        }
        if (pending != null) {
            Platform.requestNextPulse();
        } else if (gridReported) {
            scene.removePostLayoutPulseListener(listener);
        }
    }

    private void report(Milestone milestone) {
        long epochMs = clock.millis();
        String name = milestone == Milestone.FIRST_FRAME ? "first-frame" : "first-grid-frame";
        out.println("startup-probe " + name + " " + processClock.millisSinceStart().orElse(-1)
                + " epoch-ms=" + epochMs);
        out.flush();
        if (milestone == Milestone.FIRST_GRID_FRAME && exitAfterGrid) {
            Platform.exit();
        }
    }

    /**
     * True when a program's days are on screen: the day tabs hold at least one day and the day's view,
     * the grid or the list, is laid out and visible. Its cells are laid out in the same pass, so a
     * day with sessions shows them; a day without shows the view's "no sessions" text.
     */
    static boolean scheduleShown(Scene scene) {
        Parent root = scene.getRoot();
        if (root == null || !(root.lookup(DAY_TABS) instanceof TabPane tabs) || tabs.getTabs().isEmpty()) {
            return false;
        }
        for (String view : DAY_VIEWS) {
            for (Node node : root.lookupAll(view)) {
                if (node.getLayoutBounds().getWidth() > 0 && treeVisible(node)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
