package org.conferenceplanner.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ExportedState;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.ProgramSource;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;

/** Small hand-made sessions and plans for store tests; every field set to something non-default. */
final class Samples {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant T0 = Instant.parse("2025-12-27T10:00:00Z");

    private Samples() {
    }

    static Session talk(String id, String title, String room, Instant start) {
        return Session.builder(id).guid("guid-" + id).title(title).subtitle("sub " + title).eventType("Talk")
                .track("Security").day(LocalDate.ofInstant(start, BERLIN)).start(start).end(start.plusSeconds(2400))
                .timeText("").room(room).people(List.of(new Person("Ada Lovelace", Role.SPEAKER, "Analytical"),
                        new Person("Grace Hopper", Role.CHAIR, "")))
                .abstractText("First paragraph.\n\nSecond one, with ümlauts.")
                .links(List.of(new Link("https://example.org/" + id, "Slides"))).language("en")
                .url("https://events.example.org/" + id).cancelled(false).build();
    }

    static Conference conference(String id, List<Session> sessions) {
        return new Conference(id, id + " title", BERLIN, "Hamburg", List.of(LocalDate.of(2025, 12, 27)),
                List.of(new Room("Saal 1")), sessions, new ProgramSource(id + ".xml", ProgramFormat.FRAB_XML, "1.0"));
    }

    /** A plan using every field: two entries (must + maybe, note, attended), an unscheduled one, exports. */
    static Plan fullPlan(String conferenceId) {
        Session a = talk("101", "Opening", "Saal 1", T0);
        Session b = talk("102", "Keynote — “quotes”", "Saal 2", T0.plusSeconds(3600));
        Session unscheduled = Session.builder("103").title("Lightning talks").timeText("evening").build();
        return Plan.empty(conferenceId)
                .with(new PlanEntry("101", Priority.MUST, "bring laptop", true, T0.minusSeconds(86400), a))
                .with(new PlanEntry("102", Priority.MAYBE, "", false, T0.minusSeconds(3600), b))
                .with(new PlanEntry("103", Priority.MAYBE, "line 1\nline 2", false, T0.minusSeconds(60), unscheduled))
                .withExport("101", new ExportedState(3, "abc123", T0.minusSeconds(7200), false, "101@" + conferenceId + ".conference-planner"))
                .withExport("999", new ExportedState(1, "gone", T0.minusSeconds(7200), true));
    }
}
