package org.conferenceplanner.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.conferenceplanner.domain.ExportedState;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.planner.LoadReport;

/**
 * The child process of the crash and two-process tests: opens a plan, then makes numbered changes
 * one by one, saving each (save + flush) and printing {@code saved N} only once it is on disk. Change N
 * is a pure function of N, so the parent can rebuild the plan any count of changes gives.
 *
 * <p>Arguments: data folder, conference id, and optionally how many changes to make (default: until killed).
 */
public final class PlanSaverMain {

    private static final int SLOTS = 20;

    private PlanSaverMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        Path dir = Path.of(args[0]);
        String id = args[1];
        long limit = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
        JsonPlanRepository repo = new JsonPlanRepository(dir, Clock.systemUTC(), Duration.ofHours(1));
        LoadReport report = repo.open(id);
        out.print((report.writable() ? "writable" : "read-only: " + report.notices().get(0).message()) + "\n");
        Plan plan = report.plan();
        int next = lastChange(plan) + 1;
        for (long n = 0; n < limit; n++) {
            int change = next + (int) n;
            plan = apply(plan, change);
            repo.save(plan);
            repo.flush();
            out.print("saved " + change + "\n");
        }
        repo.close();
    }

    /** The plan after changes 0..last (an empty plan for -1). */
    static Plan planAfter(String conferenceId, int last) {
        Plan plan = Plan.empty(conferenceId);
        for (int n = 0; n <= last; n++) {
            plan = apply(plan, n);
        }
        return plan;
    }

    /** The number of the last change a plan holds, -1 for none. */
    static int lastChange(Plan plan) {
        return plan.entries().stream().mapToInt(e -> Integer.parseInt(e.note().substring("change ".length())))
                .max().orElse(-1);
    }

    private static Plan apply(Plan plan, int change) {
        int slot = change % SLOTS;
        String sessionId = "s" + slot;
        Instant start = Instant.parse("2025-12-27T10:00:00Z").plusSeconds(3600L * (change % 9));
        Session session = Session.builder(sessionId).guid("g" + slot).title("Talk " + slot + " v" + change)
                .day(LocalDate.ofInstant(start, ZoneOffset.UTC)).start(start).end(start.plusSeconds(1800))
                .room("Room " + change % 7).people(List.of(new Person("Speaker " + change % 5, Role.SPEAKER, "")))
                .abstractText("Änderung " + change).build();
        PlanEntry entry = new PlanEntry(sessionId, change % 3 == 0 ? Priority.MAYBE : Priority.MUST, "change " + change,
                change % 2 == 0, Instant.EPOCH.plusSeconds(slot), session);
        return plan.with(entry).withExport(sessionId, new ExportedState(change, "fp" + change,
                Instant.EPOCH.plusSeconds(change), change % 4 == 0));
    }
}
