package org.conferenceplanner.planner;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Session;

/**
 * How much a program looks like another one: whether their days overlap and how many sessions of the
 * smaller one the other has too (same guid, or same title ignoring case and spacing). The app asks
 * "is this a new version of …?" only for programs that are {@link #alike()}, so a plan is never offered
 * to an unrelated conference (different days) or to an unrelated program on the same days (few shared
 * sessions). Immutable; {@link #of} is pure and thread-safe.
 *
 * @param daysOverlap whether the two programs' date ranges share at least one day (true when either has no dated day)
 * @param matched     sessions of the smaller program that the other one has too
 * @param compared    sessions in the smaller program
 */
public record ProgramLikeness(boolean daysOverlap, int matched, int compared) {

    /** The share of the smaller program's sessions that must be found in the other one. */
    public static final double SHARE = 0.5;

    public ProgramLikeness {
        if (matched < 0 || compared < matched) {
            throw new IllegalArgumentException("matched " + matched + " of " + compared);
        }
    }

    /** Compares a program the user has a plan for with one just opened; symmetric. */
    public static ProgramLikeness of(Conference known, Conference opened) {
        Objects.requireNonNull(known, "known");
        Objects.requireNonNull(opened, "opened");
        boolean knownSmaller = known.sessions().size() <= opened.sessions().size();
        List<Session> small = knownSmaller ? known.sessions() : opened.sessions();
        List<Session> large = knownSmaller ? opened.sessions() : known.sessions();
        Set<String> guids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (Session s : large) {
            if (!s.guid().isEmpty()) {
                guids.add(s.guid());
            }
            if (!s.title().isBlank()) {
                titles.add(PlanReconciler.normalise(s.title()));
            }
        }
        int matched = 0;
        for (Session s : small) {
            if ((!s.guid().isEmpty() && guids.contains(s.guid()))
                    || (!s.title().isBlank() && titles.contains(PlanReconciler.normalise(s.title())))) {
                matched++;
            }
        }
        return new ProgramLikeness(overlap(known, opened), matched, small.size());
    }

    /** Whether the opened program looks like a newer version of the known one. */
    public boolean alike() {
        return daysOverlap && matched > 0 && matched >= SHARE * compared;
    }

    /** The share of matched sessions, 0 to 1 (0 when there is nothing to compare). */
    public double share() {
        return compared == 0 ? 0 : (double) matched / compared;
    }

    private static boolean overlap(Conference a, Conference b) {
        Range ra = Range.of(a);
        Range rb = Range.of(b);
        if (ra == null || rb == null) {
            return true;
        }
        return !ra.last.isBefore(rb.first) && !rb.last.isBefore(ra.first);
    }

    /** A program's first and last day: its listed days, else the days of its sessions. */
    private record Range(LocalDate first, LocalDate last) {
        static Range of(Conference c) {
            LocalDate first = null;
            LocalDate last = null;
            List<LocalDate> days = c.days().isEmpty()
                    ? c.sessions().stream().map(Session::day).filter(Objects::nonNull).toList()
                    : c.days();
            for (LocalDate d : days) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
            return first == null ? null : new Range(first, last);
        }
    }
}
