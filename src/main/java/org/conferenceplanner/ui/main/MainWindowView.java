package org.conferenceplanner.ui.main;

import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.conferenceplanner.ui.detail.DetailView;
import org.conferenceplanner.ui.detail.SessionAction;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.Styles;
import org.conferenceplanner.ui.infra.TimeTexts;
import org.conferenceplanner.ui.planner.PlanAction;
import org.conferenceplanner.ui.planner.PlannerView;
import org.conferenceplanner.ui.programs.ProgramsViewModel;
import org.conferenceplanner.ui.schedule.RoomsDialog;
import org.conferenceplanner.ui.schedule.ScheduleView;
import org.conferenceplanner.ui.search.SearchView;
import org.conferenceplanner.ui.state.OpenProgram;

/**
 * The window's content: menu bar and search bar on top; planner sidebar, schedule and detail pane
 * side by side below; a notice strip for loading and import problems; an empty state when nothing
 * is open. Program files dropped anywhere on it are opened. Binds to {@link MainWindowViewModel}.
 */
public final class MainWindowView extends BorderPane {

    private final MainWindowViewModel vm;
    private final Messages m;
    private final SearchView search;
    private final ScheduleView schedule;
    private final DetailView detail;
    private final PlannerView planner;
    private final SplitPane split = new SplitPane();
    private final BooleanBinding keysTaken;

    public MainWindowView(MainWindowViewModel vm, Messages m, TimeTexts times, List<SessionAction> sessionActions,
            List<PlanAction> planActions, Runnable quit, Runnable about) {
        this.vm = vm;
        this.m = m;
        setId("main-window");
        getStyleClass().add(Styles.MAIN);
        ProgramsViewModel programs = vm.programs();
        search = new SearchView(vm.search(), m, times, vm::nextMatch);
        schedule = new ScheduleView(vm.schedule(), m, times, s -> vm.openDetail(), s -> vm.togglePlanSelected(),
                this::showRooms);
        detail = new DetailView(vm.detail(), m, sessionActions, programs::current);
        planner = new PlannerView(vm.planner(), m, planActions, programs::current);

        javafx.beans.Observable focusOwner = focusOwner();
        keysTaken = Bindings.createBooleanBinding(
                () -> takesEnterAndSpace(getScene() == null ? null : getScene().getFocusOwner()), focusOwner);
        MainMenu menu = new MainMenu(vm, m, new MainMenu.Host() {
            @Override
            public void focusSearch() {
                search.focusSearch();
            }

            @Override
            public void showRooms() {
                MainWindowView.this.showRooms();
            }

            @Override
            public void runSessionAction(SessionAction action) {
                OpenProgram p = programs.current();
                if (p != null && p.selectedProperty().get() != null) {
                    action.run(p, p.selectedProperty().get(), getScene().getWindow());
                }
            }

            @Override
            public void runPlanAction(PlanAction action) {
                OpenProgram p = programs.current();
                if (p != null) {
                    action.run(p, getScene().getWindow());
                }
            }

            @Override
            public void quit() {
                quit.run();
            }

            @Override
            public void about() {
                about.run();
            }

            @Override
            public BooleanBinding keysTaken() {
                return keysTaken;
            }
        });
        setTop(new VBox(menu.build(sessionActions, planActions), search));

        NoticeBar notice = new NoticeBar(programs, m);
        StackPane scheduleArea = new StackPane(schedule, emptyState(programs));
        VBox.setVgrow(scheduleArea, Priority.ALWAYS);
        VBox center = new VBox(notice, scheduleArea);
        split.setId("main-split");
        SplitPane.setResizableWithParent(planner, false);
        SplitPane.setResizableWithParent(detail, false);
        planner.setMinWidth(200);
        detail.setMinWidth(260);
        layoutPanes(center);
        vm.plannerShownProperty().addListener(o -> layoutPanes(center));
        vm.detailShownProperty().addListener(o -> layoutPanes(center));
        setCenter(split);

        vm.detailFocusRequestsProperty().addListener(o -> detail.takeFocus());
        vm.noteFocusRequestsProperty().addListener(o -> detail.takeNoteFocus());
        // The first program to arrive gets the keyboard: arrows work at once.
        programs.currentProperty().addListener((o, old, now) -> {
            if (old == null && now != null) {
                schedule.focusDay();
            }
        });
        vm.darkProperty().addListener((o, was, dark) -> applyTheme(dark));
        applyTheme(vm.darkProperty().get());
        // Esc reaches the window even where a list would swallow it (a list view takes Esc for editing).
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown() && !e.isAltDown() && !inComboBox()
                    && vm.escape()) {
                e.consume();
            }
        });
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
    }

    public SearchView search() {
        return search;
    }

    public ScheduleView schedule() {
        return schedule;
    }

    public DetailView detail() {
        return detail;
    }

    public PlannerView planner() {
        return planner;
    }

    private javafx.beans.Observable focusOwner() {
        // The focus owner lives on the scene, which is set after construction: follow both.
        javafx.beans.property.ObjectProperty<Node> owner = new javafx.beans.property.SimpleObjectProperty<>();
        sceneProperty().addListener((o, old, scene) -> {
            owner.unbind();
            if (scene != null) {
                owner.bind(scene.focusOwnerProperty());
            }
        });
        return owner;
    }

    /** Text fields, buttons and combo boxes use Enter and Space themselves; the Session menu must not take them. */
    static boolean takesEnterAndSpace(Node focus) {
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl || n instanceof ButtonBase || n instanceof ComboBoxBase<?>
                    || n.getStyleClass().contains("check-combo-box")) {
                return true;
            }
        }
        return false;
    }

    private boolean inComboBox() {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof ComboBoxBase<?> || n.getStyleClass().contains("check-combo-box")) {
                return true;
            }
        }
        return false;
    }

    private void layoutPanes(Node center) {
        double[] positions = split.getDividerPositions();
        split.getItems().clear();
        if (vm.plannerShownProperty().get()) {
            split.getItems().add(planner);
        }
        split.getItems().add(center);
        if (vm.detailShownProperty().get()) {
            split.getItems().add(detail);
        }
        if (split.getItems().size() == 3) {
            split.setDividerPositions(0.18, 0.74);
        } else if (split.getItems().size() == 2) {
            split.setDividerPositions(vm.plannerShownProperty().get() ? 0.22 : 0.72);
        }
        if (positions.length == split.getDividers().size() && positions.length > 0) {
            split.setDividerPositions(positions);
        }
    }

    private Node emptyState(ProgramsViewModel programs) {
        Label title = new Label(m.get("programs.empty.title"));
        title.getStyleClass().add(Styles.TITLE);
        Label hint = new Label(m.get("programs.empty.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        Button open = new Button(m.get("menu.file.open").replace("_", ""));
        open.setId("empty-open");
        open.setOnAction(e -> programs.openChosen());
        VBox box = new VBox(10, title, hint, open);
        box.setId("empty-state");
        box.getStyleClass().add(Styles.EMPTY_STATE);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(420);
        box.visibleProperty().bind(programs.currentProperty().isNull().and(programs.busyProperty().not()));
        schedule.visibleProperty().bind(programs.currentProperty().isNotNull());
        return box;
    }

    private void showRooms() {
        vm.schedule().rooms().ifPresent(rooms -> new RoomsDialog(getScene().getWindow(), rooms, m).show());
    }

    private void applyTheme(boolean dark) {
        if (dark && !getStyleClass().contains(Styles.THEME_DARK)) {
            getStyleClass().add(Styles.THEME_DARK);
        } else if (!dark) {
            getStyleClass().remove(Styles.THEME_DARK);
        }
        Scene scene = getScene();
        if (scene != null) {
            scene.getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark);
        }
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean done = false;
        if (e.getDragboard().hasFiles()) {
            for (File f : e.getDragboard().getFiles()) {
                if (f.isFile()) {
                    vm.programs().open(f.toPath());
                    done = true;
                }
            }
        }
        e.setDropCompleted(done);
        e.consume();
    }
}
