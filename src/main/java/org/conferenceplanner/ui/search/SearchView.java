package org.conferenceplanner.ui.search;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.Styles;
import org.conferenceplanner.ui.infra.TimeTexts;
import org.controlsfx.control.CheckComboBox;

/**
 * The search bar: the search field with its match count, and the filters as check-combo boxes
 * (event type, session/track, room, day) plus "Only my plan". Binds to {@link SearchViewModel}.
 */
public final class SearchView extends HBox {

    private final TextField field = new TextField();
    private boolean syncing;

    public SearchView(SearchViewModel vm, Messages m, TimeTexts times, Runnable onEnter) {
        getStyleClass().add(Styles.SEARCH_BAR);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        field.setId("search-field");
        field.setPromptText(m.get("search.prompt"));
        field.setPrefColumnCount(22);
        field.setMinWidth(160);
        field.textProperty().bindBidirectional(vm.queryProperty());
        field.setOnAction(e -> onEnter.run());
        field.setAccessibleText(m.get("search.prompt"));
        Label count = new Label();
        count.setId("match-count");
        count.getStyleClass().add(Styles.MATCH_COUNT);
        count.textProperty().bind(vm.countTextProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.setPrefWidth(72);

        CheckComboBox<String> types = combo("filter-types", m.get("search.eventTypes"), vm.eventTypes(),
                vm.chosenEventTypes(), Function.identity());
        CheckComboBox<String> tracks = combo("filter-tracks", m.get("search.tracks"), vm.tracks(), vm.chosenTracks(),
                Function.identity());
        CheckComboBox<String> rooms = combo("filter-rooms", m.get("search.rooms"), vm.rooms(), vm.chosenRooms(),
                Function.identity());
        CheckComboBox<LocalDate> days = combo("filter-days", m.get("search.days"), vm.days(), vm.chosenDays(),
                times::shortDay);
        ToggleButton onlyPlan = new ToggleButton(m.get("search.onlyMyPlan"));
        onlyPlan.setMinWidth(Region.USE_PREF_SIZE);
        onlyPlan.setId("filter-only-plan");
        onlyPlan.selectedProperty().bindBidirectional(vm.onlyMyPlanProperty());
        Button clear = new Button(m.get("search.clearFilters"));
        clear.setId("filter-clear");
        clear.setOnAction(e -> vm.clearFilters());
        clear.setMinWidth(Region.USE_PREF_SIZE);

        HBox.setHgrow(field, Priority.SOMETIMES);
        field.setMaxWidth(420);
        getChildren().addAll(field, count, types, tracks, rooms, days, onlyPlan, clear);
    }

    /** Ctrl+F. */
    public void focusSearch() {
        field.requestFocus();
        field.selectAll();
    }

    public TextField field() {
        return field;
    }

    /** A check-combo whose checks mirror {@code chosen} both ways; its title shows what is chosen. */
    private <T> CheckComboBox<T> combo(String id, String title, ObservableList<T> items, ObservableList<T> chosen,
            Function<T, String> text) {
        CheckComboBox<T> box = new CheckComboBox<>(items);
        box.setId(id);
        box.setTitle(title);
        box.setPrefWidth(130);
        box.setMinWidth(90);
        Runnable retitle = () -> box.setTitle(chosen.isEmpty() ? title
                : chosen.size() == 1 ? title + ": " + text.apply(chosen.get(0)) : title + " (" + chosen.size() + ")");
        chosen.addListener((ListChangeListener<T>) c -> retitle.run());
        box.setTooltip(new Tooltip(title));
        box.setAccessibleText(title);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            if (!syncing) {
                syncing = true;
                chosen.setAll(List.copyOf(box.getCheckModel().getCheckedItems()));
                syncing = false;
            }
        });
        chosen.addListener((ListChangeListener<T>) c -> {
            if (!syncing) {
                syncing = true;
                box.getCheckModel().clearChecks();
                chosen.forEach(box.getCheckModel()::check);
                syncing = false;
            }
        });
        return box;
    }
}
