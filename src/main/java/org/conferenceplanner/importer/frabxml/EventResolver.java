package org.conferenceplanner.importer.frabxml;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ConferenceDays;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.SessionCollector;

/**
 * Turns each {@link RawEvent} into a session once the conference zone is known, or refuses it with
 * an ERROR naming it and its line when its start or duration cannot be read.
 *
 * <p>The start is {@code <date>} when present (it carries the offset), else the {@code <day date>}
 * plus {@code <start>}, moved to the next calendar day when the clock time is before the day change.
 * The conference day is the enclosing {@code <day>}: an after-midnight slot stays on the day it is
 * listed under. Not thread-safe; one per import.
 */
final class EventResolver {

    private static final Duration LONG = Duration.ofHours(24);

    private final String file;
    private final ZoneId zone;
    private final LocalTime dayChange;
    private final SessionCollector collector;
    private final List<Problem> problems;
    private final Map<String, String> idByGuid = new HashMap<>();

    EventResolver(String file, ZoneId zone, LocalTime dayChange, SessionCollector collector, List<Problem> problems) {
        this.file = file;
        this.zone = zone;
        this.dayChange = dayChange;
        this.collector = collector;
        this.problems = problems;
    }

    void resolve(RawEvent e) {
        Location where = new Location(file, e.line(), e.path());
        LocalDateTime local;
        Instant start;
        if (!e.date().isEmpty()) {
            OffsetDateTime t = FrabTimes.dateTime(e.date(), zone);
            if (t == null) {
                collector.refuse(where, e.label() + " has an unreadable or impossible <date> \"" + e.date() + "\"; not imported");
                return;
            }
            local = t.toLocalDateTime();
            start = t.toInstant();
            checkStartAgrees(e, local.toLocalTime(), where);
        } else if (!e.start().isEmpty()) {
            LocalTime clock = FrabTimes.clock(e.start());
            if (clock == null || e.dayDate() == null) {
                collector.refuse(where, e.label() + (clock == null
                        ? " has an unreadable <start> \"" + e.start() + "\""
                        : " has a <start> but no <date> and no readable <day date>") + "; not imported");
                return;
            }
            local = LocalDateTime.of(clock.isBefore(dayChange) ? e.dayDate().plusDays(1) : e.dayDate(), clock);
            start = local.atZone(zone).toInstant();
        } else {
            collector.refuse(where, e.label() + " has no start time (neither <date> nor <start>); not imported");
            return;
        }
        Duration duration = FrabTimes.duration(e.duration());
        if (duration == null) {
            collector.refuse(where, e.label() + (e.duration().isEmpty() ? " has no <duration>"
                    : " has an unreadable <duration> \"" + e.duration() + "\"") + "; not imported");
            return;
        }
        if (duration.compareTo(LONG) > 0) {
            problems.add(Problem.info(where, e.label() + " lasts " + e.duration() + " hours"));
        }
        collector.add(session(e, where, local.toLocalDate(), start, duration), where);
    }

    private Session.Builder session(RawEvent e, Location where, LocalDate localDate, Instant start, Duration duration) {
        String id = e.id();
        if (id.isEmpty()) {
            id = e.guid().isEmpty() ? "line-" + e.line() : e.guid();
            problems.add(Problem.warning(where, e.label() + " has no id; it is known as " + id));
        }
        if (e.title().isEmpty()) {
            problems.add(Problem.warning(where, "event " + id + " has no title"));
        }
        noteReusedGuid(e, id, where);
        return Session.builder(id)
                .guid(e.guid())
                .title(e.title())
                .subtitle(e.subtitle())
                .eventType(e.type())
                .track(e.track())
                .day(conferenceDay(e, localDate, start, where))
                .start(start)
                .end(start.plus(duration))
                .room(e.room())
                .people(e.people())
                .abstractText(e.abstractText())
                .links(e.links())
                .language(e.language())
                .url(e.url());
    }

    /** The enclosing day, unless the event's own date is neither that day nor the night after it. */
    private LocalDate conferenceDay(RawEvent e, LocalDate localDate, Instant start, Location where) {
        LocalDate listed = e.dayDate();
        if (listed != null && (localDate.equals(listed) || localDate.equals(listed.plusDays(1)))) {
            return listed;
        }
        LocalDate day = ConferenceDays.dayOf(start, zone, dayChange);
        if (listed != null) {
            problems.add(Problem.warning(where, e.label() + " is dated " + localDate + " but listed under the day "
                    + listed + "; shown on " + day));
        }
        return day;
    }

    private void checkStartAgrees(RawEvent e, LocalTime fromDate, Location where) {
        LocalTime clock = e.start().isEmpty() ? null : FrabTimes.clock(e.start());
        if (clock != null && !clock.equals(fromDate)) {
            problems.add(Problem.warning(where, e.label() + ": <start> says " + e.start() + " but <date> says "
                    + fromDate + "; the <date> is used"));
        }
    }

    private void noteReusedGuid(RawEvent e, String id, Location where) {
        if (e.guid().isEmpty()) {
            return;
        }
        String first = idByGuid.putIfAbsent(e.guid(), id);
        if (first != null && !first.equals(id)) {
            problems.add(Problem.warning(where, e.label() + " has the same guid as event " + first
                    + " (" + e.guid() + "); both are kept"));
        }
    }
}
