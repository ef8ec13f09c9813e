package org.conferenceplanner.planner;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Session;

/**
 * What a plan looks like against its conference: the picks grouped by conference day in time
 * order, each with the other picks it collides with, the free gaps between picks, picks without a
 * date, picks the program no longer has, and the totals. Immutable; computed in one pass.
 *
 * @param days        the days that have picks, in date order
 * @param unscheduled picks whose session has no date
 * @param orphans     picks whose session is no longer in the program, as last seen
 * @param count       every pick, orphans included
 * @param total       the summed length of the scheduled picks (overlaps counted twice)
 */
public record PlanOverview(List<Day> days, List<Session> unscheduled, List<PlanEntry> orphans, int count,
        Duration total) {

    public PlanOverview {
        days = List.copyOf(days);
        unscheduled = List.copyOf(unscheduled);
        orphans = List.copyOf(orphans);
        Objects.requireNonNull(total, "total");
    }

    /** One day of the plan: picks and the gaps between them, in time order. */
    public record Day(LocalDate date, List<Row> rows) {
        public Day {
            rows = List.copyOf(rows);
        }

        public List<Pick> picks() {
            return rows.stream().filter(Pick.class::isInstance).map(Pick.class::cast).toList();
        }
    }

    /** A line of a day: a pick or a gap. */
    public sealed interface Row permits Pick, Gap {
    }

    /** A picked session and the other picks it overlaps (empty when none). */
    public record Pick(Session session, List<Session> collidesWith) implements Row {
        public Pick {
            collidesWith = List.copyOf(collidesWith);
        }

        public boolean collides() {
            return !collidesWith.isEmpty();
        }
    }

    /**
     * Free time between the end of the picks so far and the start of the next pick on the same day.
     *
     * @param fits the sessions not in the plan (nor cancelled) that start and end within it, by start:
     *             what could fill it
     */
    public record Gap(Instant start, Instant end, List<Session> fits) implements Row {
        public Gap {
            fits = List.copyOf(fits);
        }

        public Duration length() {
            return Duration.between(start, end);
        }

        boolean holds(Session s) {
            return !s.start().isBefore(start) && !s.end().isAfter(end);
        }
    }

    public static PlanOverview of(Plan plan, Conference conference) {
        List<Session> scheduled = new ArrayList<>();
        List<Session> unscheduled = new ArrayList<>();
        List<PlanEntry> orphans = new ArrayList<>();
        Map<String, Session> program = conference.sessionsById();
        for (PlanEntry entry : plan.entries()) {
            Optional<Session> current = Optional.ofNullable(program.get(entry.sessionId()));
            if (current.isEmpty()) {
                orphans.add(entry);
            } else if (current.get().isScheduled()) {
                scheduled.add(current.get());
            } else {
                unscheduled.add(current.get());
            }
        }
        scheduled.sort(Session.BY_START);
        Map<LocalDate, List<Session>> byDay = new LinkedHashMap<>();
        for (Session s : scheduled) {
            byDay.computeIfAbsent(s.day(), d -> new ArrayList<>()).add(s);
        }
        List<Day> days = withFits(byDay.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Day(e.getKey(), rowsOf(e.getValue(), scheduled)))
                .toList(), plan, conference);
        Duration total = scheduled.stream().map(Session::duration).reduce(Duration.ZERO, Duration::plus);
        return new PlanOverview(days, unscheduled, orphans, plan.entries().size(), total);
    }

    /** The picks that collide with at least one other pick. */
    public Set<String> collidingIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Day d : days) {
            for (Pick p : d.picks()) {
                if (p.collides()) {
                    ids.add(p.session().id());
                }
            }
        }
        return ids;
    }

    /**
     * Of {@code candidates}, the ids of those overlapping a planned session other than themselves:
     * the sessions the grid marks as colliding with the plan.
     */
    public static Set<String> collidingWithPlan(Collection<Session> planned, Collection<Session> candidates) {
        Set<String> ids = new LinkedHashSet<>();
        for (Session c : candidates) {
            for (Session p : planned) {
                if (!p.id().equals(c.id()) && p.overlaps(c)) {
                    ids.add(c.id());
                    break;
                }
            }
        }
        return ids;
    }

    /**
     * The days with each gap's fitting sessions filled in: one pass over the program, looking only at
     * the gaps of each session's day (a millisecond for 50,000 sessions; this runs on every plan change).
     */
    private static List<Day> withFits(List<Day> days, Plan plan, Conference conference) {
        Map<LocalDate, List<Gap>> gapsByDay = new HashMap<>();
        for (Day d : days) {
            for (Row r : d.rows()) {
                if (r instanceof Gap g) {
                    gapsByDay.computeIfAbsent(d.date(), k -> new ArrayList<>()).add(g);
                }
            }
        }
        if (gapsByDay.isEmpty()) {
            return days;
        }
        Set<String> planned = new HashSet<>();
        plan.entries().forEach(e -> planned.add(e.sessionId()));
        Map<Gap, List<Session>> fits = new IdentityHashMap<>();
        for (Session s : conference.sessions()) {
            List<Gap> gaps = s.isScheduled() && !s.cancelled() ? gapsByDay.get(s.day()) : null;
            if (gaps == null) {
                continue;
            }
            for (Gap g : gaps) {
                if (g.holds(s) && !planned.contains(s.id())) {
                    fits.computeIfAbsent(g, k -> new ArrayList<>()).add(s);
                }
            }
        }
        return days.stream().map(d -> new Day(d.date(), d.rows().stream().map(r -> {
            if (r instanceof Gap g && fits.containsKey(g)) {
                List<Session> fitting = fits.get(g);
                fitting.sort(Session.BY_START);
                return (Row) new Gap(g.start(), g.end(), fitting);
            }
            return r;
        }).toList())).toList();
    }

    private static List<Row> rowsOf(List<Session> dayPicks, List<Session> allPicks) {
        List<Row> rows = new ArrayList<>();
        Instant busyUntil = null;
        for (Session s : dayPicks) {
            if (busyUntil != null && s.start().isAfter(busyUntil)) {
                rows.add(new Gap(busyUntil, s.start(), List.of()));
            }
            // Against every pick, not just the day's: an after-midnight slot can meet the next morning.
            List<Session> others = allPicks.stream().filter(o -> o != s && o.overlaps(s)).toList();
            rows.add(new Pick(s, others));
            busyUntil = busyUntil == null || s.end().isAfter(busyUntil) ? s.end() : busyUntil;
        }
        return rows;
    }
}
