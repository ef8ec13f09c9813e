package org.conferenceplanner.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One session (talk, paper, tutorial, BoF...).
 *
 * <p>Times are instants; the conference zone turns them into clock times. {@code day} is the
 * conference day the session belongs to, which for an after-midnight slot is the day before its
 * calendar date. A session whose date is unknown has {@code day}, {@code start} and {@code end} all
 * null and is shown as "Unscheduled"; {@code timeText} then keeps whatever clock time the source gave.
 *
 * @param id        unique within its conference and stable across imports of the same source: the
 *                  frab event id, the iCalendar UID, the SC evid
 * @param guid      the source's globally unique id when it has one, else empty
 * @param title     never null, may be empty only when the source gave none (a problem says so)
 * @param abstractSource the abstract, as plain text (HTML resolved) with paragraphs separated by blank
 *                  lines, worked out when first read: see {@link #abstractText()}
 * @param url       the session's own page, empty when unknown
 * @param cancelled true when the source marks the session cancelled
 */
public record Session(
        String id,
        String guid,
        String title,
        String subtitle,
        String eventType,
        String track,
        LocalDate day,
        Instant start,
        Instant end,
        String timeText,
        String room,
        List<Person> people,
        DeferredText abstractSource,
        List<Link> links,
        String language,
        String url,
        boolean cancelled) {

    /** Scheduled sessions by start, then end, then room, then id; unscheduled ones last. */
    public static final Comparator<Session> BY_START = Comparator
            .comparing(Session::start, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Session::end, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Session::room)
            .thenComparing(Session::id);

    public Session {
        Objects.requireNonNull(id, "id");
        guid = nonNull(guid);
        title = nonNull(title);
        subtitle = nonNull(subtitle);
        eventType = nonNull(eventType);
        track = nonNull(track);
        timeText = nonNull(timeText);
        room = nonNull(room);
        people = List.copyOf(people);
        abstractSource = abstractSource == null ? DeferredText.of("") : abstractSource;
        links = List.copyOf(links);
        language = nonNull(language);
        url = nonNull(url);
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("start and end must both be known or both unknown: " + id);
        }
        if (start != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end before start: " + id);
        }
        if ((day == null) != (start == null)) {
            throw new IllegalArgumentException("a scheduled session needs a day, an unscheduled one none: " + id);
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    public boolean isScheduled() {
        return start != null;
    }

    public Duration duration() {
        return isScheduled() ? Duration.between(start, end) : Duration.ZERO;
    }

    /** True when both are scheduled and their times share at least one instant (touching is not overlap). */
    public boolean overlaps(Session other) {
        return isScheduled() && other.isScheduled()
                && start.isBefore(other.end) && other.start.isBefore(end);
    }

    public List<Person> presenters() {
        return people.stream().filter(p -> !p.role().isChairing()).toList();
    }

    public List<Person> chairs() {
        return people.stream().filter(p -> p.role().isChairing()).toList();
    }

    /** The abstract as plain text; the first reading may convert it from what the program wrote. */
    public String abstractText() {
        return abstractSource.get();
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public Builder toBuilder() {
        return new Builder(id).guid(guid).title(title).subtitle(subtitle).eventType(eventType).track(track)
                .day(day).start(start).end(end).timeText(timeText).room(room).people(people)
                .abstractText(abstractSource).links(links).language(language).url(url).cancelled(cancelled);
    }

    /** Importers fill sessions field by field; the builder keeps that readable. Not thread-safe. */
    public static final class Builder {
        private String id;
        private String guid = "";
        private String title = "";
        private String subtitle = "";
        private String eventType = "";
        private String track = "";
        private LocalDate day;
        private Instant start;
        private Instant end;
        private String timeText = "";
        private String room = "";
        private List<Person> people = List.of();
        private DeferredText abstractSource = DeferredText.of("");
        private List<Link> links = List.of();
        private String language = "";
        private String url = "";
        private boolean cancelled;

        private Builder(String id) {
            this.id = id;
        }

        public Builder id(String v) { id = v; return this; }
        public Builder guid(String v) { guid = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder subtitle(String v) { subtitle = v; return this; }
        public Builder eventType(String v) { eventType = v; return this; }
        public Builder track(String v) { track = v; return this; }
        public Builder day(LocalDate v) { day = v; return this; }
        public Builder start(Instant v) { start = v; return this; }
        public Builder end(Instant v) { end = v; return this; }
        public Builder timeText(String v) { timeText = v; return this; }
        public Builder room(String v) { room = v; return this; }
        public Builder people(List<Person> v) { people = v; return this; }
        public Builder abstractText(String v) { abstractSource = DeferredText.of(v); return this; }
        public Builder abstractText(DeferredText v) { abstractSource = v; return this; }
        public Builder links(List<Link> v) { links = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder cancelled(boolean v) { cancelled = v; return this; }

        /**
         * Replaces the texts that sessions repeat (room, track, event type, language) by the equal
         * instances {@code shared} gives, so a big program holds each once.
         */
        public Builder shareTexts(UnaryOperator<String> shared) {
            room = shared.apply(room);
            track = shared.apply(track);
            eventType = shared.apply(eventType);
            language = shared.apply(language);
            return this;
        }

        public String id() { return id; }
        public String title() { return title; }
        public Instant start() { return start; }

        public Session build() {
            return new Session(id, guid, title, subtitle, eventType, track, day, start, end, timeText, room,
                    people, abstractSource, links, language, url, cancelled);
        }
    }
}
