package org.conferenceplanner.importer.frabjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.Severity;

/** Reading files and checking sessions field by field, shared by the frab JSON tests. */
final class FrabJsonAssertions {

    private FrabJsonAssertions() {
    }

    static ImportResult importFile(Path file) {
        try {
            return new FrabJsonImporter().read(new ProgramInput(file.getFileName().toString(), Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportResult importText(String name, String json) {
        return new FrabJsonImporter().read(new ProgramInput(name, json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The books balance: every event in the file is kept, refused or merged. */
    static void assertAccounted(ImportResult r) {
        int kept = r.conference() == null ? 0 : r.conference().sessions().size();
        assertThat(kept + r.refused() + r.merged()).as("kept + refused + merged").isEqualTo(r.eventsInFile());
    }

    static Session session(Conference c, String id) {
        return c.session(id).orElseThrow(() -> new AssertionError("no session " + id));
    }

    /** Checks one session's times, day, room, title and speakers (all SPEAKER role, in order). */
    static void assertSession(Conference c, String id, String title, String startUtc, String endUtc, String day, String room,
            String... speakers) {
        Session s = session(c, id);
        assertThat(s.title()).as(id + " title").isEqualTo(title);
        assertThat(s.start()).as(id + " start").isEqualTo(Instant.parse(startUtc));
        assertThat(s.end()).as(id + " end").isEqualTo(Instant.parse(endUtc));
        assertThat(s.day()).as(id + " day").isEqualTo(LocalDate.parse(day));
        assertThat(s.room()).as(id + " room").isEqualTo(room);
        List<Person> expected = Arrays.stream(speakers).map(n -> new Person(n, Role.SPEAKER, "")).toList();
        assertThat(s.people()).as(id + " people").containsExactlyElementsOf(expected);
    }

    static List<Problem> problemsOf(ImportResult r, Severity severity) {
        return r.problems().stream().filter(p -> p.severity() == severity).toList();
    }

    static List<String> messages(ImportResult r) {
        return r.problems().stream().map(Problem::message).toList();
    }
}
