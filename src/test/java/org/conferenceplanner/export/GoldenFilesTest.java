package org.conferenceplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * A few SC12 sessions (facts from the SC12 pages) and one nasty one, compared byte for byte with files
 * checked by hand and by calcheck. DTSTAMP and LAST-MODIFIED are normalised. To rewrite the files after
 * an intended change: {@code mvn test -Dtest=GoldenFilesTest -Dgolden.update=true}, then review the diff.
 */
class GoldenFilesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:34:56Z");

    static Conference goldenConference() {
        Session forum = Session.builder("exforum140").title("The OpenOnload User-level Network Stack")
                .track("Software Platforms").eventType("Exhibitor Forums").room("155-C")
                .day(LocalDate.parse("2012-11-14")).start(Instant.parse("2012-11-14T18:00:00Z"))
                .end(Instant.parse("2012-11-14T18:30:00Z"))
                .people(List.of(new Person("Dave Parry", Role.PRESENTER, "Solarflare"),
                        new Person("Steve Pope", Role.PRESENTER, "Solarflare")))
                .url("http://sc12.supercomputing.org/schedule/event_detail.php?evid=exforum140").build();
        Session tutorial = Session.builder("tut103").title("Parallel IO In Practice").eventType("Tutorials")
                .room("355-B").day(LocalDate.parse("2012-11-11")).start(Instant.parse("2012-11-11T15:30:00Z"))
                .end(Instant.parse("2012-11-12T00:00:00Z"))
                .people(List.of(new Person("Robert Latham", Role.PRESENTER, "Argonne National Laboratory"),
                        new Person("Katie Antypas", Role.PRESENTER, "NERSC / Lawrence Berkeley National Laboratory")))
                .abstractText("I/O on HPC systems is a black art.")
                .url("http://sc12.supercomputing.org/schedule/SC12_Event_tut103-evid=tut103.vcs.txt").build();
        Session nasty = Session.builder("bof;1,\\x").title("Ünïcode; commas, back\\slash 😀\nEND:VEVENT")
                .track("BoF; \"Late\"").eventType("Birds of a Feather").room("255-EF")
                .day(LocalDate.parse("2012-11-15")).start(Instant.parse("2012-11-15T19:15:00Z"))
                .end(Instant.parse("2012-11-15T20:15:00Z"))
                .people(List.of(new Person("Zoë Ñúñez", Role.SESSION_LEADER, "Universität Zürich")))
                .abstractText("First paragraph; with = signs.\n\nSecond, with a long line that needs folding "
                        + "in every format: " + "ÄÖÜ ".repeat(20)).build();
        return new Conference("SC12", "SC12", Sc12Events.DENVER, "Salt Palace Convention Center", List.of(),
                List.of(), List.of(forum, tutorial, nasty),
                new org.conferenceplanner.domain.ProgramSource("sc12.txt",
                        org.conferenceplanner.domain.ProgramFormat.SC_TEXT, ""));
    }

    static ExportResult export(ExportFormat format, List<Session> sessions) {
        return new CalendarExporter(Clock.fixed(NOW, ZoneOffset.UTC), "test").export(format,
                ExportSelection.of(goldenConference(), sessions, Map.of()),
                ExportOptions.defaults().withAlarm(15).withCalendarName("SC12 plan"));
    }

    private static String normalise(String content) {
        return content.replaceAll("(?<=\r\n)(DTSTAMP|LAST-MODIFIED):\\d{8}T\\d{6}Z(?=\r\n)", "$1:NORMALISED");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        String normalised = normalise(actual);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of("src/test/resources/fixtures/export", name), normalised, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/fixtures/export/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            assertThat(normalised).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void threeSessionsInEachFormat(ExportFormat format) throws IOException {
        assertGolden("golden-sc12." + format.extension(), export(format, goldenConference().sessions()).content());
    }

    @Test
    void oneGoogleLink() throws IOException {
        Session forum = goldenConference().session("exforum140").orElseThrow();
        assertGolden("golden-exforum140-link.txt", export(ExportFormat.GOOGLE, List.of(forum)).content() + "\n");
    }
}
