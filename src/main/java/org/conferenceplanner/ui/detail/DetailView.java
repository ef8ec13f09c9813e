package org.conferenceplanner.ui.detail;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.Styles;
import org.conferenceplanner.ui.state.OpenProgram;

/**
 * The detail pane: the selected session's facts as labels, its abstract as selectable plain text
 * (a read-only text area, never HTML), its links (opened in the browser only on a click), the plan
 * button and any contributed {@link SessionAction}s; for a planned session Must / Maybe, Attended and
 * the note; and the sessions running at the same time, each a link that shows it. Binds to
 * {@link DetailViewModel}.
 */
public final class DetailView extends StackPane {

    private final DetailViewModel vm;
    private final Messages m;
    private final Button planButton = new Button();
    private final TextArea abstractArea = new TextArea();
    private final PickEditor pickEditor;
    private final ScrollPane scroll;
    /** Pixels per character of the abstract's font, on the generous side. */
    private static final double AVERAGE_CHAR_WIDTH = 6.6;

    public DetailView(DetailViewModel vm, Messages m, List<SessionAction> actions, Supplier<OpenProgram> program) {
        this.vm = vm;
        this.m = m;
        setId("detail-pane");
        getStyleClass().add(Styles.DETAIL);

        Label title = label(vm.titleProperty(), "detail-title", Styles.TITLE);
        title.setWrapText(true);
        Label subtitle = label(vm.subtitleProperty(), "detail-subtitle", Styles.SUBTITLE);
        subtitle.setWrapText(true);
        Label cancelled = new Label(m.get("detail.cancelled"));
        cancelled.getStyleClass().addAll(Styles.CHIP, Styles.DANGER);
        show(cancelled, vm.cancelledProperty().get());
        vm.cancelledProperty().addListener((o, a, b) -> show(cancelled, b));

        GridPane facts = new GridPane();
        facts.getStyleClass().add("facts");
        facts.setHgap(10);
        facts.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(70);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(names, values);
        int row = 0;
        row = fact(facts, row, "detail.type", label(vm.eventTypeProperty(), "detail-type", Styles.FIELD_VALUE));
        row = fact(facts, row, "detail.track", label(vm.trackProperty(), "detail-track", Styles.FIELD_VALUE));
        row = fact(facts, row, "detail.day", label(vm.dayProperty(), "detail-day", Styles.FIELD_VALUE));
        row = fact(facts, row, "detail.time", label(vm.conferenceTimeProperty(), "detail-time", Styles.FIELD_VALUE));
        row = fact(facts, row, "detail.laptopTime", label(vm.laptopTimeProperty(), "detail-laptop-time", Styles.FIELD_VALUE));
        row = fact(facts, row, "detail.length", label(vm.lengthProperty(), "detail-length", Styles.FIELD_VALUE));
        row = fact(facts, row, "detail.room", label(vm.roomProperty(), "detail-room", Styles.FIELD_VALUE));
        row = fact(facts, row, "detail.presenters", people(vm.presenters(), "detail-presenters"));
        fact(facts, row, "detail.chairs", people(vm.chairs(), "detail-chairs"));

        planButton.setId("detail-plan-button");
        planButton.setDefaultButton(false);
        planButton.setOnAction(e -> vm.togglePlanned());
        planButton.textProperty().bind(Bindings.when(vm.plannedProperty())
                .then(m.get("detail.remove")).otherwise(m.get("detail.add")));
        vm.plannedProperty().addListener((o, a, planned) -> planButton.pseudoClassStateChanged(Styles.PLANNED, planned));
        FlowPane buttons = new FlowPane(8, 6, planButton);
        buttons.setId("detail-actions");
        for (SessionAction a : actions) {
            Button b = new Button(a.label());
            if (!a.id().isEmpty()) {
                b.setId(a.id());
            }
            b.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> vm.sessionProperty().get() == null || !a.appliesTo(vm.sessionProperty().get()),
                    vm.sessionProperty()));
            b.setOnAction(e -> {
                OpenProgram p = program.get();
                if (vm.sessionProperty().get() != null && p != null) {
                    a.run(p, vm.sessionProperty().get(), getScene().getWindow());
                }
            });
            buttons.getChildren().add(b);
        }

        pickEditor = new PickEditor(vm, m);

        Label abstractHeading = heading("detail.abstract");
        abstractArea.setId("detail-abstract");
        abstractArea.getStyleClass().add(Styles.ABSTRACT);
        abstractArea.setEditable(false);
        abstractArea.setWrapText(true);
        abstractArea.textProperty().bind(vm.abstractTextProperty());
        // As tall as its wrapped text (estimated from the width), so only the pane scrolls, not a
        // scroll area inside a scroll area. A little too tall is fine; too short would hide text.
        abstractArea.prefRowCountProperty().bind(Bindings.createIntegerBinding(() -> {
            double width = Math.max(120, abstractArea.getWidth() - 28);
            double charsPerLine = Math.max(10, width / AVERAGE_CHAR_WIDTH);
            int rows = 0;
            for (String paragraph : vm.abstractTextProperty().get().split("\n", -1)) {
                rows += Math.max(1, (int) Math.ceil(paragraph.length() / charsPerLine));
            }
            return Math.max(2, rows);
        }, vm.abstractTextProperty(), abstractArea.widthProperty()));
        abstractArea.setAccessibleText(m.get("detail.abstract"));
        abstractArea.visibleProperty().bind(vm.abstractTextProperty().isNotEmpty());
        abstractArea.managedProperty().bind(abstractArea.visibleProperty());
        abstractHeading.visibleProperty().bind(abstractArea.visibleProperty());
        abstractHeading.managedProperty().bind(abstractArea.visibleProperty());

        Label linksHeading = heading("detail.links");
        VBox links = new VBox(2);
        links.setId("detail-links");
        vm.links().addListener((ListChangeListener<Link>) c -> showLinks(links, linksHeading));
        showLinks(links, linksHeading);

        Label sameTimeHeading = heading("detail.sameTime");
        VBox sameTime = new VBox(2);
        sameTime.setId("detail-same-time");
        Label sameTimeMore = new Label();
        sameTimeMore.setId("detail-same-time-more");
        sameTimeMore.getStyleClass().add(Styles.MUTED);
        sameTimeMore.textProperty().bind(Bindings.createStringBinding(
                () -> m.get("detail.sameTime.more", vm.sameTimeMoreProperty().get()), vm.sameTimeMoreProperty()));
        sameTimeMore.visibleProperty().bind(vm.sameTimeMoreProperty().greaterThan(0));
        sameTimeMore.managedProperty().bind(sameTimeMore.visibleProperty());
        vm.sameTime().addListener((ListChangeListener<DetailViewModel.Alternative>) c -> showSameTime(sameTime, sameTimeHeading));
        showSameTime(sameTime, sameTimeHeading);

        VBox content = new VBox(8, title, subtitle, cancelled, buttons, pickEditor, facts, abstractHeading, abstractArea,
                linksHeading, links, sameTimeHeading, sameTime, sameTimeMore);
        content.setPadding(new Insets(14));
        content.setFillWidth(true);
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        Label empty = new Label(m.get("detail.empty"));
        empty.setId("detail-empty");
        empty.getStyleClass().add(Styles.EMPTY_STATE);
        empty.setWrapText(true);
        getChildren().addAll(scroll, empty);
        StackPane.setAlignment(empty, Pos.CENTER);
        scroll.visibleProperty().bind(vm.sessionProperty().isNotNull());
        empty.visibleProperty().bind(vm.sessionProperty().isNull());
        vm.sessionProperty().addListener(o -> scroll.setVvalue(0));
    }

    /** Enter on a session: the plan button takes the focus, so Space or Enter acts on it next. */
    public void takeFocus() {
        planButton.requestFocus();
    }

    /** "Edit Note…" on a planned session: the note field takes the focus. */
    public void takeNoteFocus() {
        pickEditor.focusNote();
    }

    private Label label(ObservableStringValue text, String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.textProperty().bind(text);
        l.setWrapText(true);
        return l;
    }

    private Label heading(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add(Styles.HEADING);
        return l;
    }

    private VBox people(ObservableList<String> names, String id) {
        VBox box = new VBox(2);
        box.setId(id);
        Runnable fill = () -> box.getChildren().setAll(names.stream().map(n -> {
            Label l = new Label(n);
            l.getStyleClass().add(Styles.FIELD_VALUE);
            l.setWrapText(true);
            return (Node) l;
        }).toList());
        names.addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        return box;
    }

    /** Adds "name  value" as a row that hides itself while the value is empty. */
    private int fact(GridPane grid, int row, String key, Node value) {
        Label name = new Label(m.get(key));
        name.getStyleClass().add(Styles.FIELD_NAME);
        name.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(name, 0, row);
        grid.add(value, 1, row);
        Runnable update = () -> {
            boolean has = value instanceof Label l ? !l.getText().isEmpty() : !((VBox) value).getChildren().isEmpty();
            show(name, has);
            show(value, has);
        };
        if (value instanceof Label l) {
            l.textProperty().addListener(o -> update.run());
        } else {
            ((VBox) value).getChildren().addListener((ListChangeListener<Node>) c -> update.run());
        }
        update.run();
        return row + 1;
    }

    private void showLinks(VBox box, Label heading) {
        box.getChildren().setAll(vm.links().stream().map(link -> {
            Hyperlink h = new Hyperlink(link.title().isEmpty() ? link.url() : link.title());
            h.setTooltip(new Tooltip(link.url()));
            h.setOnAction(e -> vm.open(link));
            return (Node) h;
        }).toList());
        show(heading, !vm.links().isEmpty());
    }

    /** Each session at the same time as a link that shows it: "10:30–11:00  Room — Title", marked when planned. */
    private void showSameTime(VBox box, Label heading) {
        box.getChildren().setAll(vm.sameTime().stream().map(a -> {
            String text = a.time() + "  " + a.room() + " \u2014 " + a.title();
            Hyperlink h = new Hyperlink(a.planned() ? text + "  \u00b7 " + m.get("detail.sameTime.planned") : text);
            h.setWrapText(true);
            h.pseudoClassStateChanged(Styles.PLANNED, a.planned());
            h.setOnAction(e -> vm.showAlternative(a));
            return (Node) h;
        }).toList());
        show(heading, !vm.sameTime().isEmpty());
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }
}
