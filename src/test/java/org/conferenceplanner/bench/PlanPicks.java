package org.conferenceplanner.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.domain.Session;

/** A plan of many picks spread evenly over a program, some of them "maybe" or with a note, as an attendee leaves it. */
final class PlanPicks {

    private PlanPicks() {
    }

    static Plan spread(Conference program, int picks, Instant pickedAt) {
        List<Session> sessions = program.sessions();
        if (picks > sessions.size()) {
            throw new IllegalArgumentException(picks + " picks from " + sessions.size() + " sessions");
        }
        List<PlanEntry> entries = new ArrayList<>(picks);
        for (int i = 0; i < picks; i++) {
            Session s = sessions.get((int) ((long) i * sessions.size() / picks));
            PlanEntry e = PlanEntry.of(s, pickedAt.plusSeconds(i));
            if (i % 5 == 0) {
                e = e.withPriority(Priority.MAYBE);
            }
            if (i % 7 == 0) {
                e = e.withNote("sit near the front; ask about " + s.title());
            }
            entries.add(e);
        }
        return Plan.empty(program.id()).withEntries(entries);
    }
}
