package org.conferenceplanner.ui.state;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.export.ExportResult;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.planner.PlanRepository;
import org.conferenceplanner.search.DeferredSearchIndex;
import org.conferenceplanner.search.SearchIndex;

/**
 * One conference open in the window, with what the user did to it: the plan, the selected session,
 * the chosen day tab and the room layout. Several are kept side by side; switching between them
 * keeps each one's state. Every plan change is saved through the {@link PlanRepository} at once.
 * FX thread only.
 */
public final class OpenProgram {

    private final ImportResult result;
    private final Path file;
    private final DeferredSearchIndex index;
    private final PlanRepository plans;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Plan> plan;
    private final ObjectProperty<Session> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<DayTab> day = new SimpleObjectProperty<>(this, "day");
    private final List<String> defaultRoomOrder;
    private final ObservableList<String> roomOrder;
    private final ObservableSet<String> hiddenRooms = FXCollections.observableSet();

    /**
     * @param file the program file, null for the program built into the app
     */
    public OpenProgram(ImportResult result, Path file, SearchIndex index, Plan plan, PlanRepository plans, Clock clock) {
        this(result, file, DeferredSearchIndex.built(Objects.requireNonNull(index, "index")), plan, plans, clock);
    }

    /** The same with the search index built on first use (see {@link #searchIndex}). */
    public OpenProgram(ImportResult result, Path file, Plan plan, PlanRepository plans, Clock clock) {
        this(result, file, DeferredSearchIndex.of(checked(result).conference().sessions()), plan, plans, clock);
    }

    private OpenProgram(ImportResult result, Path file, DeferredSearchIndex index, Plan plan, PlanRepository plans,
            Clock clock) {
        this.result = checked(result);
        this.file = file;
        this.index = index;
        this.plans = Objects.requireNonNull(plans, "plans");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.plan = new ReadOnlyObjectWrapper<>(this, "plan", Objects.requireNonNull(plan, "plan"));
        this.defaultRoomOrder = roomNames(result.conference());
        this.roomOrder = FXCollections.observableArrayList(defaultRoomOrder);
        this.day.set(firstDay(result.conference(), clock));
    }

    public Conference conference() {
        return result.conference();
    }

    public ImportResult importResult() {
        return result;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /**
     * The conference's search index; built by the first call when it was not given (which may block
     * for a moment on a large program). Unlike the rest of this class, any thread may call it.
     */
    public SearchIndex searchIndex() {
        return index.get();
    }

    /** Whether {@link #searchIndex} is ready without building. Any thread. */
    public boolean searchIndexBuilt() {
        return index.isBuilt();
    }

    private static ImportResult checked(ImportResult result) {
        Objects.requireNonNull(result, "result");
        if (!result.succeeded()) {
            throw new IllegalArgumentException("a failed import cannot be opened: " + result.file());
        }
        return result;
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public Plan plan() {
        return plan.get();
    }

    public ObjectProperty<Session> selectedProperty() {
        return selected;
    }

    public ObjectProperty<DayTab> dayProperty() {
        return day;
    }

    /** Every room name of the conference in the user's order (sessions' rooms the program did not list included). */
    public ObservableList<String> roomOrder() {
        return roomOrder;
    }

    /** The rooms in the program's own order. */
    public List<String> defaultRoomOrder() {
        return defaultRoomOrder;
    }

    public ObservableSet<String> hiddenRooms() {
        return hiddenRooms;
    }

    public boolean isPlanned(Session s) {
        return plan.get().contains(s.id());
    }

    /** Adds the session to the plan or removes it; returns whether it is now planned. */
    public boolean togglePlanned(Session s) {
        boolean add = !isPlanned(s);
        setPlanned(s, add);
        return add;
    }

    public void setPlanned(Session s, boolean planned) {
        if (planned == isPlanned(s)) {
            return;
        }
        Plan next = planned ? plan.get().with(PlanEntry.of(s, clock.instant())) : plan.get().without(s.id());
        plans.save(next);
        plan.set(next);
    }

    public void removeFromPlan(String sessionId) {
        if (plan.get().contains(sessionId)) {
            Plan next = plan.get().without(sessionId);
            plans.save(next);
            plan.set(next);
        }
    }

    /** Marks a pick must or maybe; nothing when the session is not planned. */
    public void setPriority(String sessionId, Priority priority) {
        changePick(sessionId, e -> e.withPriority(priority));
    }

    /** Sets a pick's note (empty for none); nothing when the session is not planned. */
    public void setNote(String sessionId, String note) {
        changePick(sessionId, e -> e.withNote(note));
    }

    /** Marks a pick attended or not; nothing when the session is not planned. */
    public void setAttended(String sessionId, boolean attended) {
        changePick(sessionId, e -> e.withAttended(attended));
    }

    /** The pick of a session, empty when it is not planned. */
    public Optional<PlanEntry> pick(String sessionId) {
        return plan.get().entry(sessionId);
    }

    /**
     * Changes one pick in place (its position in the plan stays) and saves the plan, like adding and
     * removing do; the repository debounces, so a note saved on every keystroke costs one write.
     */
    private void changePick(String sessionId, UnaryOperator<PlanEntry> change) {
        Optional<PlanEntry> old = plan.get().entry(sessionId);
        if (old.isEmpty()) {
            return;
        }
        PlanEntry changed = change.apply(old.get());
        if (changed.equals(old.get())) {
            return;
        }
        Plan next = plan.get().with(changed);
        plans.save(next);
        plan.set(next);
    }

    /**
     * Records what a whole-plan export wrote in the plan as it is now, keeping the other records, and
     * saves it, as the command line's {@code export --plan} does. The plan may have changed while the
     * export ran off the FX thread: only the records are merged, never an older copy of the picks.
     */
    public void recordExports(ExportResult export) {
        Plan next = export.applyTo(plan.get());
        if (next == plan.get()) {
            return;
        }
        plans.save(next);
        plan.set(next);
    }

    /** The planned sessions the program still has, in plan order. */
    public List<Session> plannedSessions() {
        List<Session> out = new ArrayList<>();
        Map<String, Session> program = conference().sessionsById();
        for (PlanEntry e : plan.get().entries()) {
            Session s = program.get(e.sessionId());
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** The title shown in the title bar and the conference switcher. */
    public String title() {
        String t = conference().title();
        return t.isBlank() ? result.file() : t;
    }

    /** Today while the conference runs, else its first day with sessions (SC12 starts on a day without any). */
    static DayTab firstDay(Conference c, Clock clock) {
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(c.zone()));
        if (c.days().contains(today)) {
            return DayTab.of(today);
        }
        for (java.time.LocalDate d : c.days()) {
            if (c.sessions().stream().anyMatch(s -> d.equals(s.day()))) {
                return DayTab.of(d);
            }
        }
        return c.days().isEmpty() ? DayTab.UNSCHEDULED : DayTab.of(c.days().get(0));
    }

    private static List<String> roomNames(Conference c) {
        Set<String> names = new LinkedHashSet<>();
        for (Room r : c.rooms()) {
            names.add(r.name());
        }
        for (Session s : c.sessions()) {
            names.add(s.room());
        }
        return List.copyOf(names);
    }
}
