package org.conferenceplanner.ui.search;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.search.SearchIndex;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.state.OpenProgram;

/**
 * Search as you type and the filters. The filters (event type, session/track, room, day, only my
 * plan) decide which sessions the schedule shows; the query decides which of those are highlighted
 * as matches. An empty choice in a filter means "all". Reset when the conference changes. FX thread.
 */
public final class SearchViewModel {

    private final ReadOnlyObjectProperty<OpenProgram> current;
    private final Messages messages;

    // Properties
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<String> eventTypes = FXCollections.observableArrayList();
    private final ObservableList<String> tracks = FXCollections.observableArrayList();
    private final ObservableList<String> rooms = FXCollections.observableArrayList();
    private final ObservableList<LocalDate> days = FXCollections.observableArrayList();
    private final ObservableList<String> chosenEventTypes = FXCollections.observableArrayList();
    private final ObservableList<String> chosenTracks = FXCollections.observableArrayList();
    private final ObservableList<String> chosenRooms = FXCollections.observableArrayList();
    private final ObservableList<LocalDate> chosenDays = FXCollections.observableArrayList();
    private final BooleanProperty onlyMyPlan = new SimpleBooleanProperty(this, "onlyMyPlan");
    private final ReadOnlyObjectWrapper<Predicate<Session>> filter =
            new ReadOnlyObjectWrapper<>(this, "filter", s -> true);
    private final ReadOnlyObjectWrapper<Set<String>> matchIds = new ReadOnlyObjectWrapper<>(this, "matchIds", Set.of());
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");

    public SearchViewModel(ReadOnlyObjectProperty<OpenProgram> current, Messages messages) {
        this.current = Objects.requireNonNull(current, "current");
        this.messages = Objects.requireNonNull(messages, "messages");
        InvalidationListener refilter = o -> refilter();
        chosenEventTypes.addListener(refilter);
        chosenTracks.addListener(refilter);
        chosenRooms.addListener(refilter);
        chosenDays.addListener(refilter);
        onlyMyPlan.addListener(refilter);
        query.addListener(o -> research());
        InvalidationListener planChanged = o -> {
            if (onlyMyPlan.get()) {
                refilter();
            }
        };
        current.addListener((obs, old, now) -> {
            if (old != null) {
                old.planProperty().removeListener(planChanged);
            }
            if (now != null) {
                now.planProperty().addListener(planChanged);
            }
            conferenceChanged(now);
        });
        if (current.get() != null) {
            current.get().planProperty().addListener(planChanged);
        }
        conferenceChanged(current.get());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<String> eventTypes() {
        return eventTypes;
    }

    public ObservableList<String> tracks() {
        return tracks;
    }

    public ObservableList<String> rooms() {
        return rooms;
    }

    public ObservableList<LocalDate> days() {
        return days;
    }

    public ObservableList<String> chosenEventTypes() {
        return chosenEventTypes;
    }

    public ObservableList<String> chosenTracks() {
        return chosenTracks;
    }

    public ObservableList<String> chosenRooms() {
        return chosenRooms;
    }

    public ObservableList<LocalDate> chosenDays() {
        return chosenDays;
    }

    public BooleanProperty onlyMyPlanProperty() {
        return onlyMyPlan;
    }

    /** Whether the schedule shows a session; changes identity whenever a filter changes. */
    public ReadOnlyObjectProperty<Predicate<Session>> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** Ids of the shown sessions matching the query; empty when there is no query. */
    public ReadOnlyObjectProperty<Set<String>> matchIdsProperty() {
        return matchIds.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    /** "1 match", "12 matches", "No matches"; empty when there is no query. */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public boolean isSearching() {
        return !SearchIndex.isBlank(query.get());
    }

    public boolean isFiltering() {
        return !chosenEventTypes.isEmpty() || !chosenTracks.isEmpty() || !chosenRooms.isEmpty() || !chosenDays.isEmpty()
                || onlyMyPlan.get();
    }

    // Commands

    /** Esc: clears the query; returns false when there was nothing to clear. */
    public boolean clearQuery() {
        if (query.get().isEmpty()) {
            return false;
        }
        query.set("");
        return true;
    }

    public void clearFilters() {
        chosenEventTypes.clear();
        chosenTracks.clear();
        chosenRooms.clear();
        chosenDays.clear();
        onlyMyPlan.set(false);
    }

    /**
     * The first match after {@code from} in time order (wrapping round), or the first match when
     * {@code from} is null or not a match. Empty when nothing matches.
     */
    public Optional<Session> nextMatch(Session from) {
        OpenProgram p = current.get();
        Set<String> ids = matchIds.get();
        if (p == null || ids.isEmpty()) {
            return Optional.empty();
        }
        List<Session> ordered = p.conference().sessions().stream().filter(s -> ids.contains(s.id()))
                .sorted(Session.BY_START).toList();
        if (from != null) {
            int at = ordered.indexOf(from);
            if (at >= 0) {
                return Optional.of(ordered.get((at + 1) % ordered.size()));
            }
        }
        return Optional.of(ordered.get(0));
    }

    private void conferenceChanged(OpenProgram p) {
        query.set("");
        clearFilters();
        if (p == null) {
            eventTypes.clear();
            tracks.clear();
            rooms.clear();
            days.clear();
            return;
        }
        Conference c = p.conference();
        eventTypes.setAll(distinct(c, Session::eventType));
        tracks.setAll(distinct(c, Session::track));
        rooms.setAll(p.roomOrder().stream().filter(r -> !r.isEmpty()).toList());
        days.setAll(c.days());
        refilter();
    }

    private static List<String> distinct(Conference c, java.util.function.Function<Session, String> field) {
        Set<String> values = new TreeSet<>(Comparator.comparing((String s) -> s.toLowerCase(java.util.Locale.ROOT))
                .thenComparing(Comparator.naturalOrder()));
        for (Session s : c.sessions()) {
            String v = field.apply(s);
            if (!v.isBlank()) {
                values.add(v);
            }
        }
        return List.copyOf(values);
    }

    private void refilter() {
        Set<String> types = Set.copyOf(chosenEventTypes);
        Set<String> trackSet = Set.copyOf(chosenTracks);
        Set<String> roomSet = Set.copyOf(chosenRooms);
        Set<LocalDate> daySet = Set.copyOf(chosenDays);
        OpenProgram p = current.get();
        Set<String> planned = onlyMyPlan.get() && p != null
                ? Set.copyOf(p.plan().entries().stream().map(e -> e.sessionId()).toList())
                : null;
        filter.set(s -> (types.isEmpty() || types.contains(s.eventType()))
                && (trackSet.isEmpty() || trackSet.contains(s.track()))
                && (roomSet.isEmpty() || roomSet.contains(s.room()))
                && (daySet.isEmpty() || (s.day() != null && daySet.contains(s.day())))
                && (planned == null || planned.contains(s.id())));
        research();
    }

    private void research() {
        OpenProgram p = current.get();
        if (p == null || !isSearching()) {
            matchIds.set(Set.of());
            matchCount.set(0);
            countText.set("");
            return;
        }
        SearchIndex index = p.searchIndex();
        BitSet found = index.find(query.get());
        Predicate<Session> shown = filter.get();
        Set<String> ids = new java.util.HashSet<>();
        for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
            Session s = index.sessions().get(i);
            if (shown.test(s)) {
                ids.add(s.id());
            }
        }
        matchIds.set(Set.copyOf(ids));
        matchCount.set(ids.size());
        countText.set(ids.isEmpty() ? messages.get("search.none")
                : messages.get("search.count", ids.size()));
    }
}
