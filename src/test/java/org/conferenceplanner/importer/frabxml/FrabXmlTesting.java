package org.conferenceplanner.importer.frabxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.Severity;
import org.conferenceplanner.testing.SharedData;

/** Reading files through the importer and checking what came out, for the frab XML tests. */
final class FrabXmlTesting {

    private static final Pattern EVENT_TAG = Pattern.compile("<event[\\s>/]");

    private FrabXmlTesting() {
    }

    static ImportResult importFixture(String name) {
        return importFile(SharedData.fixture("frabxml/" + name));
    }

    static ImportResult importShared(String name) {
        return importFile(SharedData.schedule("frab-xml/" + name));
    }

    static ImportResult importFile(Path file) {
        return new FrabXmlImporter().read(new ProgramInput(file.getFileName().toString(), bytes(file)));
    }

    static ImportResult importText(String name, String xml) {
        return new FrabXmlImporter().read(new ProgramInput(name, xml.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code <event} start tags in the raw text, counted without any XML parsing. */
    static int eventTags(byte[] bytes) {
        return (int) EVENT_TAG.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).results().count();
    }

    /** No event dropped silently: kept + refused + merged = events in the file, each refusal an ERROR. */
    static void assertBooksBalance(ImportResult r, int eventsInFile) {
        int kept = r.conference() == null ? 0 : r.conference().sessions().size();
        assertThat(r.eventsInFile()).as("events in file").isEqualTo(eventsInFile);
        assertThat(kept + r.refused() + r.merged()).as("kept + refused + merged").isEqualTo(eventsInFile);
        if (r.refused() > 0) {
            assertThat(r.count(Severity.ERROR)).as("an error for refused events").isPositive();
        }
    }

    static List<String> messages(ImportResult r, Severity severity) {
        return r.problems().stream().filter(p -> p.severity() == severity).map(Problem::message).toList();
    }

    static Session session(Conference c, String id) {
        return c.session(id).orElseThrow(() -> new AssertionError("no session " + id));
    }

    /**
     * One session field by field; start and end as offset date-times read off the file (end = start
     * plus the duration, worked out by hand).
     */
    static Session assertSession(Conference c, String id, String day, String start, String end, String room,
                                 String title, String... people) {
        Session s = session(c, id);
        assertThat(s.day()).as(id + " day").isEqualTo(LocalDate.parse(day));
        assertThat(s.start()).as(id + " start").isEqualTo(instant(start));
        assertThat(s.end()).as(id + " end").isEqualTo(instant(end));
        assertThat(s.room()).as(id + " room").isEqualTo(room);
        assertThat(s.title()).as(id + " title").isEqualTo(title);
        assertThat(s.people()).as(id + " people").extracting(Person::name).containsExactly(people);
        return s;
    }

    static Instant instant(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
