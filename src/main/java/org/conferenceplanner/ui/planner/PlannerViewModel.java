package org.conferenceplanner.ui.planner;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.planner.PlanOverview;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.TimeTexts;
import org.conferenceplanner.ui.state.OpenProgram;

/**
 * The planner sidebar: the user's picks grouped by day in time order with time and room, collisions
 * named, free gaps between picks, picks without a date, picks the program dropped, and the count and
 * total hours; per pick its priority, note and attended mark, which the commands change through the
 * {@link OpenProgram} (saved as adding and removing are). Computed by {@link PlanOverview} whenever
 * the plan changes. FX thread only.
 */
public final class PlannerViewModel {

    private final ReadOnlyObjectProperty<OpenProgram> current;
    private final Messages messages;
    private final TimeTexts times;
    private final Consumer<Session> selector;

    // Properties
    private final ObservableList<PlanRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PlanOverview> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /**
     * @param selector selects a session in the schedule (switching to its day): what a click on a pick does
     */
    public PlannerViewModel(ReadOnlyObjectProperty<OpenProgram> current, Messages messages, TimeTexts times,
            Consumer<Session> selector) {
        this.current = Objects.requireNonNull(current, "current");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.times = Objects.requireNonNull(times, "times");
        this.selector = Objects.requireNonNull(selector, "selector");
        InvalidationListener refresh = o -> refresh();
        current.addListener((obs, old, p) -> {
            if (old != null) {
                old.planProperty().removeListener(refresh);
            }
            if (p != null) {
                p.planProperty().addListener(refresh);
            }
            refresh();
        });
        if (current.get() != null) {
            current.get().planProperty().addListener(refresh);
        }
        refresh();
    }

    public ObservableList<PlanRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<PlanOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    /** "3 sessions · 2.5 h", or the hint shown while the plan is empty. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    // Commands

    public void select(PlanRow.Item item) {
        if (item.session() != null) {
            selector.accept(item.session());
        }
    }

    /** Shows the first session that fits in a gap (as a click in the grid would); its detail lists the others at its time. */
    public void showFirstFit(PlanRow.Gap gap) {
        if (gap.firstFit() != null) {
            selector.accept(gap.firstFit());
        }
    }

    public void remove(PlanRow.Item item) {
        OpenProgram p = current.get();
        if (p != null) {
            p.removeFromPlan(item.sessionId());
        }
    }

    public void setPriority(PlanRow.Item item, Priority priority) {
        OpenProgram p = current.get();
        if (p != null) {
            p.setPriority(item.sessionId(), priority);
        }
    }

    /** Must becomes maybe and maybe must. */
    public void toggleMaybe(PlanRow.Item item) {
        setPriority(item, item.maybe() ? Priority.MUST : Priority.MAYBE);
    }

    public void setAttended(PlanRow.Item item, boolean attended) {
        OpenProgram p = current.get();
        if (p != null) {
            p.setAttended(item.sessionId(), attended);
        }
    }

    /** Sets the note, trimmed at the ends (a note of spaces is no note). */
    public void setNote(PlanRow.Item item, String note) {
        OpenProgram p = current.get();
        if (p != null) {
            p.setNote(item.sessionId(), note == null ? "" : note.strip());
        }
    }

    private void refresh() {
        OpenProgram p = current.get();
        if (p == null) {
            overview.set(null);
            rows.clear();
            summary.set("");
            return;
        }
        PlanOverview o = PlanOverview.of(p.plan(), p.conference());
        overview.set(o);
        ZoneId zone = p.conference().zone();
        Plan plan = p.plan();
        List<PlanRow> next = new ArrayList<>();
        for (PlanOverview.Day day : o.days()) {
            next.add(new PlanRow.Heading(times.weekdayDay(day.date())));
            for (PlanOverview.Row row : day.rows()) {
                if (row instanceof PlanOverview.Pick pick) {
                    Session s = pick.session();
                    next.add(item(plan, s, times.range(s.start(), s.end(), zone), s.title(), s.room(),
                            collision(pick)));
                } else if (row instanceof PlanOverview.Gap gap) {
                    String free = messages.get("planner.gap", times.range(gap.start(), gap.end(), zone),
                            times.length(gap.length()));
                    next.add(gap.fits().isEmpty() ? new PlanRow.Gap(free, null)
                            : new PlanRow.Gap(free + messages.get("planner.gap.fits", gap.fits().size()), gap.fits().get(0)));
                }
            }
        }
        if (!o.unscheduled().isEmpty()) {
            next.add(new PlanRow.Heading(messages.get("planner.unscheduled")));
            for (Session s : o.unscheduled()) {
                next.add(item(plan, s, s.timeText(), s.title(), s.room(), ""));
            }
        }
        if (!o.orphans().isEmpty()) {
            next.add(new PlanRow.Heading(messages.get("planner.orphans")));
            for (PlanEntry e : o.orphans()) {
                Session last = e.lastKnown();
                String time = last.isScheduled() ? times.shortDay(last.day()) + " " + times.range(last.start(), last.end(), zone) : "";
                next.add(new PlanRow.Item(null, e.sessionId(), time, last.title(), last.room(), "", e.priority(),
                        e.note(), e.attended()));
            }
        }
        rows.setAll(next);
        summary.set(o.count() == 0 ? messages.get("planner.empty")
                : messages.get("planner.summary", o.count(), times.hours(o.total())));
    }

    private static PlanRow.Item item(Plan plan, Session s, String time, String title, String room, String collision) {
        PlanEntry e = plan.entry(s.id()).orElseThrow();
        return new PlanRow.Item(s, s.id(), time, title, room, collision, e.priority(), e.note(), e.attended());
    }

    private String collision(PlanOverview.Pick pick) {
        if (!pick.collides()) {
            return "";
        }
        List<String> titles = pick.collidesWith().stream().map(Session::title).toList();
        return messages.get("planner.collides", String.join(", ", titles));
    }
}
