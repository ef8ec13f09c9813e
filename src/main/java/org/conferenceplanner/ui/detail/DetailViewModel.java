package org.conferenceplanner.ui.detail;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.planner.SameTime;
import org.conferenceplanner.ui.infra.LinkOpener;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.TimeTexts;
import org.conferenceplanner.ui.state.OpenProgram;

/**
 * The detail pane of the selected session, as text: title, subtitle, type, session/track, day,
 * times in the conference zone and in the laptop's zone, length, room, presenters and chairs with
 * affiliations, the abstract (plain text) and its links, the sessions running at the same time,
 * whether it is planned, and for a planned
 * session its priority, note and attended mark, which the user changes here (each change saved through
 * the {@link OpenProgram}, as Add and Remove are). FX thread only.
 */
public final class DetailViewModel {

    /** How many sessions running at the same time are listed; a count says how many more there are. */
    static final int SAME_TIME_SHOWN = 12;

    /**
     * A session running while the shown one does, as the pane lists it.
     *
     * @param time    its times in the conference zone, "10:30–11:00"
     * @param planned whether it is in the plan (a clash, or the plan B already picked)
     */
    public record Alternative(Session session, String time, String room, String title, boolean planned) {
    }

    private final ReadOnlyObjectProperty<OpenProgram> current;
    private final ZoneId laptopZone;
    private final Messages messages;
    private final TimeTexts times;
    private final LinkOpener links;

    // Properties
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper eventType = new ReadOnlyStringWrapper(this, "eventType", "");
    private final ReadOnlyStringWrapper track = new ReadOnlyStringWrapper(this, "track", "");
    private final ReadOnlyStringWrapper day = new ReadOnlyStringWrapper(this, "day", "");
    private final ReadOnlyStringWrapper conferenceTime = new ReadOnlyStringWrapper(this, "conferenceTime", "");
    private final ReadOnlyStringWrapper laptopTime = new ReadOnlyStringWrapper(this, "laptopTime", "");
    private final ReadOnlyStringWrapper length = new ReadOnlyStringWrapper(this, "length", "");
    private final ReadOnlyStringWrapper room = new ReadOnlyStringWrapper(this, "room", "");
    private final ObservableList<String> presenters = FXCollections.observableArrayList();
    private final ObservableList<String> chairs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper abstractText = new ReadOnlyStringWrapper(this, "abstractText", "");
    private final ObservableList<Link> sessionLinks = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper planned = new ReadOnlyBooleanWrapper(this, "planned");
    private final ReadOnlyBooleanWrapper cancelled = new ReadOnlyBooleanWrapper(this, "cancelled");
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(this, "priority", Priority.MUST);
    private final BooleanProperty attended = new SimpleBooleanProperty(this, "attended");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObservableList<Alternative> sameTime = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper sameTimeMore = new ReadOnlyIntegerWrapper(this, "sameTimeMore");
    /** All sessions running during the shown one; {@link #sameTime} lists the first few. */
    private List<Session> sameTimeSessions = List.of();
    /** True while the pick's properties are set from the plan, so they do not write themselves back. */
    private boolean showingPick;

    public DetailViewModel(ReadOnlyObjectProperty<OpenProgram> current, ZoneId laptopZone, Messages messages,
            TimeTexts times, LinkOpener links) {
        this.current = Objects.requireNonNull(current, "current");
        this.laptopZone = Objects.requireNonNull(laptopZone, "laptopZone");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.times = Objects.requireNonNull(times, "times");
        this.links = Objects.requireNonNull(links, "links");
        InvalidationListener show = o -> show();
        // A plan change (a keystroke in the note, too) refreshes only the pick's part, not the whole pane.
        InvalidationListener showPick = o -> showPick();
        current.addListener((obs, old, p) -> {
            if (old != null) {
                old.selectedProperty().removeListener(show);
                old.planProperty().removeListener(showPick);
            }
            if (p != null) {
                p.selectedProperty().addListener(show);
                p.planProperty().addListener(showPick);
            }
            show();
        });
        if (current.get() != null) {
            current.get().selectedProperty().addListener(show);
            current.get().planProperty().addListener(showPick);
        }
        priority.addListener((obs, old, now) -> changePick(p -> p.setPriority(session.get().id(), now)));
        attended.addListener((obs, old, now) -> changePick(p -> p.setAttended(session.get().id(), now)));
        note.addListener((obs, old, now) -> changePick(p -> p.setNote(session.get().id(), now)));
        show();
    }

    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty eventTypeProperty() {
        return eventType.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty trackProperty() {
        return track.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dayProperty() {
        return day.getReadOnlyProperty();
    }

    /** "11:00–11:30 MST". */
    public ReadOnlyStringProperty conferenceTimeProperty() {
        return conferenceTime.getReadOnlyProperty();
    }

    /** The same times on the laptop's clock, e.g. "Wed 14 Nov 19:00–19:30 CET"; empty when the zones agree. */
    public ReadOnlyStringProperty laptopTimeProperty() {
        return laptopTime.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lengthProperty() {
        return length.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roomProperty() {
        return room.getReadOnlyProperty();
    }

    /** "Dave Parry — Solarflare", one per presenter. */
    public ObservableList<String> presenters() {
        return presenters;
    }

    public ObservableList<String> chairs() {
        return chairs;
    }

    public ReadOnlyStringProperty abstractTextProperty() {
        return abstractText.getReadOnlyProperty();
    }

    public ObservableList<Link> links() {
        return sessionLinks;
    }

    public ReadOnlyBooleanProperty plannedProperty() {
        return planned.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancelledProperty() {
        return cancelled.getReadOnlyProperty();
    }

    /**
     * The shown pick's priority; setting it changes the saved plan. Meaningful only while
     * {@link #plannedProperty() planned}.
     */
    public ObjectProperty<Priority> priorityProperty() {
        return priority;
    }

    /** Whether the shown pick is marked attended; setting it changes the saved plan. */
    public BooleanProperty attendedProperty() {
        return attended;
    }

    /** The shown pick's note; every change (each keystroke) goes to the plan, whose store debounces the writes. */
    public StringProperty noteProperty() {
        return note;
    }

    /**
     * The sessions running while the shown one does, other rooms included, by start: where to go
     * instead. At most {@link #SAME_TIME_SHOWN}; {@link #sameTimeMoreProperty()} counts the rest.
     */
    public ObservableList<Alternative> sameTime() {
        return sameTime;
    }

    /** How many more sessions run at the same time than {@link #sameTime()} lists. */
    public ReadOnlyIntegerProperty sameTimeMoreProperty() {
        return sameTimeMore.getReadOnlyProperty();
    }

    // Commands

    /** Shows a session running at the same time (selects it, as a click in the grid does). */
    public void showAlternative(Alternative alternative) {
        OpenProgram p = current.get();
        if (p != null && sameTime.contains(alternative)) {
            p.selectedProperty().set(alternative.session());
        }
    }

    /** Must becomes maybe and maybe must (the Session menu's toggle); nothing when the session is not planned. */
    public void toggleMaybe() {
        if (planned.get()) {
            priority.set(priority.get() == Priority.MAYBE ? Priority.MUST : Priority.MAYBE);
        }
    }

    /** Ticks or unticks Attended; nothing when the session is not planned. */
    public void toggleAttended() {
        if (planned.get()) {
            attended.set(!attended.get());
        }
    }

    public void togglePlanned() {
        OpenProgram p = current.get();
        Session s = session.get();
        if (p != null && s != null) {
            p.togglePlanned(s);
        }
    }

    /** Opens a link of the shown session in the browser (only on the user's click). */
    public void open(Link link) {
        if (sessionLinks.contains(link)) {
            links.open(link.url());
        }
    }

    private void show() {
        OpenProgram p = current.get();
        Session s = p == null ? null : p.selectedProperty().get();
        session.set(s);
        if (s == null) {
            List.of(title, subtitle, eventType, track, day, conferenceTime, laptopTime, length, room, abstractText)
                    .forEach(w -> w.set(""));
            presenters.clear();
            chairs.clear();
            sessionLinks.clear();
            cancelled.set(false);
            sameTimeSessions = List.of();
            showPick();
            return;
        }
        ZoneId zone = p.conference().zone();
        title.set(s.title().isBlank() ? messages.get("detail.untitled") : s.title());
        subtitle.set(s.subtitle());
        eventType.set(s.eventType());
        track.set(s.track());
        room.set(s.room());
        abstractText.set(s.abstractText());
        presenters.setAll(people(s.presenters()));
        chairs.setAll(people(s.chairs()));
        sessionLinks.setAll(SessionLinks.of(s, messages.get("detail.sessionPage")));
        cancelled.set(s.cancelled());
        sameTimeSessions = SameTime.as(p.conference(), s);
        showPick();
        if (s.isScheduled()) {
            day.set(times.longDay(s.day()));
            conferenceTime.set(times.range(s.start(), s.end(), zone) + " " + times.zoneAbbreviation(zone, s.start()));
            length.set(times.length(s.duration()));
            boolean same = zone.getRules().getOffset(s.start()).equals(laptopZone.getRules().getOffset(s.start()))
                    && zone.getRules().getOffset(s.end()).equals(laptopZone.getRules().getOffset(s.end()));
            laptopTime.set(same ? "" : laptopText(s));
        } else {
            day.set(messages.get("detail.noDate"));
            conferenceTime.set(s.timeText());
            length.set("");
            laptopTime.set("");
        }
    }

    private void showPick() {
        OpenProgram p = current.get();
        Session s = session.get();
        Optional<PlanEntry> pick = p == null || s == null ? Optional.empty() : p.pick(s.id());
        showingPick = true;
        try {
            planned.set(pick.isPresent());
            priority.set(pick.map(PlanEntry::priority).orElse(Priority.MUST));
            attended.set(pick.map(PlanEntry::attended).orElse(false));
            note.set(pick.map(PlanEntry::note).orElse(""));
        } finally {
            showingPick = false;
        }
        showSameTime();
    }

    /** Lists the first few sessions at the same time; on a plan change only their planned marks change. */
    private void showSameTime() {
        OpenProgram p = current.get();
        if (p == null || sameTimeSessions.isEmpty()) {
            sameTime.clear();
            sameTimeMore.set(0);
            return;
        }
        ZoneId zone = p.conference().zone();
        List<Alternative> rows = sameTimeSessions.stream().limit(SAME_TIME_SHOWN)
                .map(o -> new Alternative(o, times.range(o.start(), o.end(), zone), o.room(),
                        o.title().isBlank() ? messages.get("detail.untitled") : o.title(), p.isPlanned(o)))
                .toList();
        if (!sameRows(rows)) {
            sameTime.setAll(rows);
        }
        sameTimeMore.set(sameTimeSessions.size() - rows.size());
    }

    /** Compared by session id and mark: a note's every keystroke changes the plan, and the list should not be rebuilt. */
    private boolean sameRows(List<Alternative> rows) {
        if (rows.size() != sameTime.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            Alternative a = rows.get(i);
            Alternative b = sameTime.get(i);
            if (a.session() != b.session() || a.planned() != b.planned() || !a.time().equals(b.time())) {
                return false;
            }
        }
        return true;
    }

    private void changePick(Consumer<OpenProgram> change) {
        OpenProgram p = current.get();
        if (!showingPick && p != null && session.get() != null && planned.get()) {
            change.accept(p);
        }
    }

    private String laptopText(Session s) {
        ZonedDateTime local = s.start().atZone(laptopZone);
        return times.shortDay(local.toLocalDate()) + " " + times.range(s.start(), s.end(), laptopZone) + " "
                + times.zoneAbbreviation(laptopZone, s.start());
    }

    private static List<String> people(List<Person> list) {
        Function<Person, String> text = p -> p.affiliation().isEmpty() ? p.name() : p.name() + " \u2014 " + p.affiliation();
        return list.stream().map(text).toList();
    }
}
