package org.conferenceplanner.importer.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.Severity;

/** Field-by-field checks of imported sessions, shared by the calendar importer tests. */
public final class SessionAssert {

    private SessionAssert() {
    }

    /** Checks one session completely enough that a wrong time, room, title or person fails. */
    public static Session assertSession(Conference c, String id, String start, String end, String room, String title,
            String... people) {
        Session s = c.session(id).orElseThrow(() -> new AssertionError("no session " + id));
        assertThat(s.start()).as(id + " start").isEqualTo(Instant.parse(start));
        assertThat(s.end()).as(id + " end").isEqualTo(Instant.parse(end));
        assertThat(s.room()).as(id + " room").isEqualTo(room);
        assertThat(s.title()).as(id + " title").isEqualTo(title);
        assertThat(s.people()).extracting(Person::name).as(id + " people").containsExactly(people);
        return s;
    }

    /** Every event of the file is a session, a refusal or a merge (the accounting invariant). */
    public static void assertBooksBalance(ImportResult r) {
        assertThat(r.eventsInFile()).isEqualTo(r.conference().sessions().size() + r.refused() + r.merged());
    }

    public static List<Problem> problemsContaining(ImportResult r, Severity severity, String text) {
        return r.problems().stream().filter(p -> p.severity() == severity && p.message().contains(text)).toList();
    }
}
