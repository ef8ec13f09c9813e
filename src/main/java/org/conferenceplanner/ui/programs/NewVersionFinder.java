package org.conferenceplanner.ui.programs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramFiles;
import org.conferenceplanner.planner.PlanReconciler;
import org.conferenceplanner.planner.PlanRepository;
import org.conferenceplanner.planner.ProgramLikeness;

/**
 * Finds the plan a program opened under a new conference id may take over: among the conferences the
 * app knows (open in the window or kept in the history) that have picks, the one whose program is most
 * {@link ProgramLikeness#alike alike}. A program whose id is already known is never a new version of
 * another (its own plan follows it). Plans are only peeked at (no lock taken), so looking never makes
 * another conference's plan read-only for a second copy of the app. Runs on a background thread: it
 * reads the kept program files, and only for conferences with picks.
 */
final class NewVersionFinder {

    private final ProgramFiles reader;
    private final PlanRepository plans;
    private final ProgramHistory history;
    private final PlanReconciler reconciler;

    NewVersionFinder(ProgramFiles reader, PlanRepository plans, ProgramHistory history, PlanReconciler reconciler) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.history = Objects.requireNonNull(history, "history");
        this.reconciler = Objects.requireNonNull(reconciler, "reconciler");
    }

    /**
     * @param opened  the program just read, whose own plan is empty
     * @param openNow the conferences open in the window (read again from no file)
     */
    Optional<PlanCarryOver> find(Conference opened, List<Conference> openNow) {
        List<KnownConference> kept = history.known();
        Set<String> knownIds = new HashSet<>();
        openNow.forEach(c -> knownIds.add(c.id()));
        kept.forEach(k -> knownIds.add(k.conferenceId()));
        if (knownIds.contains(opened.id())) {
            return Optional.empty();
        }
        List<Candidate> candidates = new ArrayList<>();
        openNow.forEach(c -> candidates.add(new Candidate(c.id(), c, null)));
        kept.stream().filter(k -> openNow.stream().noneMatch(c -> c.id().equals(k.conferenceId())))
                .forEach(k -> candidates.add(new Candidate(k.conferenceId(), null, k)));
        PlanCarryOver best = null;
        for (Candidate c : candidates) {
            Plan plan = plans.peek(c.id());
            if (plan.entries().isEmpty()) {
                continue;
            }
            Optional<Conference> known = c.conference(reader);
            if (known.isEmpty()) {
                continue;
            }
            ProgramLikeness likeness = ProgramLikeness.of(known.get(), opened);
            if (likeness.alike() && (best == null || likeness.share() > best.likeness().share())) {
                best = new PlanCarryOver(known.get(), plan, likeness, reconciler.reconcile(plan, opened));
            }
        }
        return Optional.ofNullable(best);
    }

    /** A known conference: open in the window, or kept as a file to read again. */
    private record Candidate(String id, Conference open, KnownConference kept) {

        Optional<Conference> conference(ProgramFiles reader) {
            if (open != null) {
                return Optional.of(open);
            }
            ImportResult result = reader.read(kept.file());
            // A kept copy that no longer reads (or now reads as another conference) offers nothing.
            return result.succeeded() && result.conference().id().equals(id) ? Optional.of(result.conference())
                    : Optional.empty();
        }
    }
}
