package org.conferenceplanner.testing;

import static org.conferenceplanner.testing.TestSessions.DENVER;
import static org.conferenceplanner.testing.TestSessions.at;
import static org.conferenceplanner.testing.TestSessions.presenters;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.ProgramSource;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;

/** Small conferences built in code, shaped like SC12, for view-model tests that need no importer. */
public final class SyntheticPrograms {

    public static final String ONLOAD = "exforum140";

    private SyntheticPrograms() {
    }

    /** Seven days (Sat 10 – Fri 16 Nov 2012, America/Denver), five rooms (one never used), one undated session. */
    public static Conference sc12Like() {
        Session onload = at(ONLOAD, "The OpenOnload User-level Network Stack", "155-C", "2012-11-14T11:00", 30, DENVER)
                .eventType("Exhibitor Forums").track("Software Platforms")
                .people(presenters("Solarflare", "Dave Parry", "Steve Pope"))
                .abstractText("OpenOnload is a user-level network stack. See https://www.openonload.org/ for more.")
                .url("http://sc12.supercomputing.org/schedule/event_detail.php?evid=exforum140").build();
        Session paper = at("pap101", "Scaling MPI Collectives", "255-EF", "2012-11-14T10:30", 60, DENVER)
                .eventType("Papers").track("Parallel Programming")
                .people(List.of(new Person("Ann Lee", Role.AUTHOR, "Argonne National Laboratory"),
                        new Person("Bo Chair", Role.CHAIR, "Sandia")))
                .links(List.of(new Link("https://example.org/paper.pdf", "Paper (PDF)"), new Link("javascript:alert(1)", "bad")))
                .build();
        Session afternoon = at("pap102", "Afternoon Paper on GPUs", "255-EF", "2012-11-14T13:30", 30, DENVER)
                .eventType("Papers").track("GPU Computing").build();
        Session keynote = at("inspkr103", "Physics of the Future", "Ballroom-EFGH", "2012-11-13T08:30", 60, DENVER)
                .eventType("Keynote and Invited Talks").track("Keynote").build();
        Session tutorial = at("tut103", "Parallel Programming with MPI", "355-A", "2012-11-11T08:30", 510, DENVER)
                .eventType("Tutorials").track("Tutorials").build();
        Session bof = Session.builder("bof219").title("A BoF Without a Date").eventType("Birds of a Feather")
                .room("255-BC").timeText("12:15PM - 1:15PM").build();
        List<LocalDate> days = IntStream.rangeClosed(10, 16).mapToObj(d -> LocalDate.of(2012, 11, d)).toList();
        List<Room> rooms = List.of(new Room("155-C"), new Room("255-EF"), new Room("355-A"), new Room("Ballroom-EFGH"),
                new Room("East Entrance"));
        return new Conference("sc12", "SC12", DENVER, "Salt Lake City", days, rooms,
                List.of(onload, paper, afternoon, keynote, tutorial, bof),
                new ProgramSource("sc12.txt", ProgramFormat.SC_TEXT, ""));
    }

    /** A two-day conference in Brussels with two rooms. */
    public static Conference fosdemLike() {
        var zone = java.time.ZoneId.of("Europe/Brussels");
        Session a = at("1", "Welcome to FOSDEM", "Janson", "2025-02-01T09:30", 25, zone).eventType("keynote")
                .track("Keynotes").build();
        Session b = at("2", "Rust in the kernel", "K.1.105", "2025-02-02T10:00", 50, zone).eventType("devroom")
                .track("Rust").build();
        return new Conference("fosdem2025", "FOSDEM 2025", zone, "Brussels",
                List.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 2)), List.of(new Room("Janson"), new Room("K.1.105")),
                List.of(a, b), new ProgramSource("fosdem.xml", ProgramFormat.FRAB_XML, ""));
    }
}
