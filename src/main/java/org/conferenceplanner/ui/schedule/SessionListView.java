package org.conferenceplanner.ui.schedule;

import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.Styles;
import org.conferenceplanner.ui.infra.TimeTexts;

/**
 * A day as a list in time order, the alternative to the grid (and the Unscheduled tab). Each row:
 * time, a colour chip for the category, title, room, type and people; planned, colliding and
 * matching rows are marked by pseudo-classes. Enter opens the detail, Space toggles the plan.
 */
public final class SessionListView extends ListView<Session> {

    private final ScheduleViewModel vm;
    private final Messages messages;
    private final TimeTexts times;
    private final Function<Session, String> colourOf;
    private ZoneId zone = ZoneId.of("UTC");

    /**
     * @param colourOf the colour style class of a session ({@code category-N}, null for none), shared with the grid
     */
    public SessionListView(ScheduleViewModel vm, Messages messages, TimeTexts times, Function<Session, String> colourOf,
            Consumer<Session> onActivate, Consumer<Session> onToggle) {
        this.vm = vm;
        this.colourOf = colourOf;
        this.messages = messages;
        this.times = times;
        setId("session-list");
        getStyleClass().add(Styles.SESSION_LIST);
        setPlaceholder(new Label(messages.get("schedule.noSessions")));
        setCellFactory(v -> new Cell());
        vm.contentProperty().addListener((obs, old, c) -> show(c));
        vm.categoryOfProperty().addListener(o -> refresh());
        SetChangeListener<String> refresh = c -> refresh();
        vm.plannedIds().addListener(refresh);
        vm.maybeIds().addListener(refresh);
        vm.conflictIds().addListener(refresh);
        vm.matchIds().addListener(refresh);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            Session s = getSelectionModel().getSelectedItem();
            if (s == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                onActivate.accept(s);
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE) {
                onToggle.accept(s);
                e.consume();
            }
        });
        setOnMouseClicked(e -> {
            Session s = getSelectionModel().getSelectedItem();
            if (s != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onActivate.accept(s);
            }
        });
        show(vm.contentProperty().get());
    }

    private void show(DayContent c) {
        zone = c.zone();
        Session keep = getSelectionModel().getSelectedItem();
        getItems().setAll(c.sessions());
        if (keep != null && getItems().contains(keep)) {
            getSelectionModel().select(keep);
        }
    }

    /** Selects {@code s} if shown and brings it into view; clears the selection for null. */
    public void reveal(Session s) {
        if (s == null) {
            getSelectionModel().clearSelection();
        } else if (getItems().contains(s)) {
            getSelectionModel().select(s);
            int at = getItems().indexOf(s);
            scrollTo(Math.max(0, at - 2));
        }
    }

    private final class Cell extends ListCell<Session> {
        private final Label time = new Label();
        private final Region chip = new Region();
        private final Label title = new Label();
        private final Label meta = new Label();
        private final HBox box;
        private String category;

        Cell() {
            // Fill the list's width; long titles end in an ellipsis instead of scrolling sideways.
            setPrefWidth(0);
            time.getStyleClass().add("time");
            time.setMinWidth(Region.USE_PREF_SIZE);
            chip.getStyleClass().add(Styles.CHIP);
            title.getStyleClass().add(Styles.TITLE);
            meta.getStyleClass().add(Styles.MUTED);
            VBox text = new VBox(2, title, meta);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            box = new HBox(10, time, chip, text);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Session s, boolean empty) {
            super.updateItem(s, empty);
            if (category != null) {
                chip.getStyleClass().remove(category);
                category = null;
            }
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                pseudoClassStateChanged(Styles.PLANNED, false);
                pseudoClassStateChanged(Styles.MAYBE, false);
                pseudoClassStateChanged(Styles.CONFLICT, false);
                pseudoClassStateChanged(Styles.MATCH, false);
                pseudoClassStateChanged(Styles.CANCELLED, false);
                return;
            }
            category = colourOf.apply(s);
            if (category != null) {
                chip.getStyleClass().add(category);
            }
            time.setText(s.isScheduled() ? times.range(s.start(), s.end(), zone) : s.timeText());
            title.setText(s.title());
            meta.setText(meta(s));
            setGraphic(box);
            setText(null);
            boolean planned = vm.plannedIds().contains(s.id());
            boolean conflict = vm.conflictIds().contains(s.id());
            boolean maybe = planned && vm.maybeIds().contains(s.id());
            pseudoClassStateChanged(Styles.PLANNED, planned);
            pseudoClassStateChanged(Styles.MAYBE, maybe);
            pseudoClassStateChanged(Styles.CONFLICT, conflict);
            pseudoClassStateChanged(Styles.MATCH, vm.matchIds().contains(s.id()));
            pseudoClassStateChanged(Styles.CANCELLED, s.cancelled());
            setAccessibleText(messages.get("schedule.cell.accessible", s.title(), time.getText(), room(s),
                    (planned ? messages.get(maybe ? "schedule.cell.maybe" : "schedule.cell.planned") : "")
                            + (conflict ? messages.get("schedule.cell.conflict") : "")));
        }

        private String meta(Session s) {
            StringBuilder sb = new StringBuilder(room(s));
            if (!s.eventType().isEmpty()) {
                sb.append(" \u00b7 ").append(s.eventType());
            }
            if (!s.track().isEmpty() && !s.track().equals(s.eventType())) {
                sb.append(" \u00b7 ").append(s.track());
            }
            String people = String.join(", ", s.presenters().stream().map(Person::name).toList());
            if (!people.isEmpty()) {
                sb.append(" \u00b7 ").append(people);
            }
            return sb.toString();
        }

        private String room(Session s) {
            return s.room().isEmpty() ? messages.get("schedule.noRoom") : s.room();
        }
    }
}
