package org.conferenceplanner.importer.frabxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.conferenceplanner.importer.frabxml.FrabXmlTesting.assertBooksBalance;
import static org.conferenceplanner.importer.frabxml.FrabXmlTesting.assertSession;
import static org.conferenceplanner.importer.frabxml.FrabXmlTesting.importFixture;
import static org.conferenceplanner.importer.frabxml.FrabXmlTesting.importText;
import static org.conferenceplanner.importer.frabxml.FrabXmlTesting.messages;
import static org.conferenceplanner.importer.frabxml.FrabXmlTesting.session;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Damaged and hostile input: each ends in a clear problem naming the file and line, or a refusal;
 * never an exception, never a hang, and what was readable is kept.
 */
@Timeout(10)
class FrabXmlDamagedInputTest {

    @Test
    void truncatedFileKeepsWhatCameBeforeTheCut() {
        ImportResult r = importFixture("truncated.xml");
        assertThat(r.succeeded()).isTrue();
        assertBooksBalance(r, 3);
        assertThat(r.refused()).isEqualTo(1);
        assertSession(r.conference(), "1", "2024-12-27", "2024-12-27T10:30:00+01:00", "2024-12-27T11:00:00+01:00",
                "Saal 1", "Read before the cut");
        assertThat(r.conference().session("2")).isPresent();
        Problem cut = r.firstError().orElseThrow();
        assertThat(cut.location().file()).isEqualTo("truncated.xml");
        assertThat(cut.location().line()).isEqualTo(19);
        assertThat(cut.message()).contains("cut off", "what came before this line was kept");
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.location().line()).isEqualTo(17);
            assertThat(p.location().path()).isEqualTo("schedule/day[1]/room[Saal 1]/event[3]");
        });
    }

    @Test
    void brokenXmlInTheMiddleKeepsTheStartAndCountsTheUnreadRest() {
        ImportResult r = importFixture("malformed-middle.xml");
        assertThat(r.succeeded()).isTrue();
        assertThat(r.conference().sessions()).extracting(s -> s.id()).containsExactly("1");
        // 4 events in the file: 1 kept, 1 cut off by the break, 2 after it never read
        assertBooksBalance(r, 4);
        assertThat(r.refused()).isEqualTo(3);
        assertThat(r.firstError().orElseThrow().location().line()).isEqualTo(7);
        assertThat(messages(r, Severity.ERROR)).anyMatch(m -> m.contains("2 more events from line 7"));
    }

    @Test
    void undeclaredEntityIsABreakWithItsLine() {
        ImportResult r = importFixture("undeclared-entity.xml");
        assertBooksBalance(r, 2);
        assertThat(r.conference().sessions()).hasSize(1);
        assertThat(r.firstError().orElseThrow().message()).contains("eacute");
        assertThat(r.firstError().orElseThrow().location().line()).isEqualTo(7);
    }

    @Test
    void xxePayloadIsRefusedAndNothingIsRead() {
        ImportResult r = importFixture("xxe.xml");
        assertThat(r.succeeded()).isFalse();
        Problem p = r.firstError().orElseThrow();
        assertThat(p.location().file()).isEqualTo("xxe.xml");
        assertThat(p.location().line()).isPositive();
        assertThat(p.message()).contains("declares entities", "refused");
        assertThat(r.problems().toString()).doesNotContain("root:");
        assertBooksBalance(r, 1);
    }

    @Test
    void entityExpansionBombIsRefusedQuickly() {
        long before = System.nanoTime();
        ImportResult r = importFixture("entity-bomb.xml");
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(2));
        assertThat(r.succeeded()).isFalse();
        assertThat(r.firstError().orElseThrow().message()).contains("entity-expansion");
        assertThat(r.firstError().orElseThrow().location().line()).isPositive();
    }

    @Test
    void entityReferencedWithoutTheDoctypeIsNeverExpanded() {
        // A DOCTYPE without entity declarations is ignored; an entity it never declared stays unknown.
        ImportResult r = importText("doctype.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule SYSTEM \"file:///etc/passwd\">\n"
                + "<schedule><conference><title>&passwd;</title></conference></schedule>");
        assertThat(r.succeeded()).isFalse();
        assertThat(r.problems()).extracting(Problem::message).anyMatch(m -> m.contains("passwd"));
        assertThat(r.problems()).extracting(Problem::message).noneMatch(m -> m.contains("root:x:0"));
    }

    @Test
    void binaryGarbageIsRefusedWithALine() {
        ImportResult r = importFixture("binary-garbage.bin");
        assertThat(r.succeeded()).isFalse();
        assertThat(r.firstError().orElseThrow().message()).contains("not readable XML");
        assertThat(r.firstError().orElseThrow().location().line()).isPositive();
    }

    @Test
    void garbageAfterAValidStartKeepsTheStart() {
        byte[] head = "<?xml version=\"1.0\"?>\n<schedule><conference><acronym>g</acronym><time_zone_name>UTC</time_zone_name></conference>\n<day date=\"2024-01-01\"><room name=\"A\">\n<event id=\"1\"><date>2024-01-01T10:00:00Z</date><duration>01:00</duration><title>Before</title></event>\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 300];
        System.arraycopy(head, 0, bytes, 0, head.length);
        for (int i = head.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        ImportResult r = new FrabXmlImporter().read(new ProgramInput("garbage-tail.xml", bytes));
        assertThat(r.succeeded()).isTrue();
        assertThat(r.conference().sessions()).extracting(s -> s.title()).containsExactly("Before");
        assertThat(r.firstError()).isPresent();
    }

    @Test
    void wrongEncodingDeclarationIsReadAsWindows1252WithAWarning() {
        ImportResult r = importFixture("wrong-encoding.xml");
        assertThat(r.succeeded()).isTrue();
        assertThat(r.conference().title()).isEqualTo("Café Conférence");
        assertThat(r.conference().rooms()).containsExactly(new Room("Salle été"));
        assertThat(session(r.conference(), "1").title()).isEqualTo("L’été à Paris");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("not valid UTF-8", "Windows-1252");
            assertThat(p.location().line()).isEqualTo(3);
        });
    }

    @Test
    void latin1DeclarationOverUtf8BytesIsReadAsUtf8() {
        ImportResult r = importFixture("declared-latin1-but-utf8.xml");
        assertThat(session(r.conference(), "1").title()).isEqualTo("L’été à Paris");
        assertThat(messages(r, Severity.WARNING)).singleElement().asString().contains("ISO-8859-1", "valid UTF-8");
    }

    @Test
    void realLatin1IsReadAsDeclared() {
        ImportResult r = importFixture("latin1-declared.xml");
        assertThat(r.problems()).isEmpty();
        assertThat(session(r.conference(), "1").title()).isEqualTo("L'été à Paris");
    }

    @Test
    void unknownEncodingNameIsAWarning() {
        ImportResult r = importText("bogus.xml", "<?xml version=\"1.0\" encoding=\"bogus-8\"?>\n<schedule><conference>"
                + "<acronym>b</acronym></conference><day date=\"2024-01-01\"><room name=\"A\"><event id=\"1\">"
                + "<date>2024-01-01T10:00:00+01:00</date><duration>1:00</duration><title>Fine</title></event></room></day></schedule>");
        assertThat(r.conference().sessions()).hasSize(1);
        assertThat(messages(r, Severity.WARNING)).anyMatch(m -> m.contains("bogus-8"));
    }

    @Test
    void byteOrderMarkAndCommentBeforeTheRoot() {
        ImportResult r = importFixture("bom-and-comment.xml");
        assertThat(r.problems()).isEmpty();
        assertThat(session(r.conference(), "1").title()).isEqualTo("L’été à Paris");
    }

    @Test
    void impossibleDatesAreReportedAndTheRestKept() {
        ImportResult r = importFixture("impossible-dates.xml");
        assertBooksBalance(r, 6);
        assertThat(r.conference().sessions()).extracting(s -> s.id()).containsExactly("1", "5", "6");
        assertThat(messages(r, Severity.ERROR)).satisfiesExactly(
                m -> assertThat(m).contains("2023-02-30", "not a real date"),
                m -> assertThat(m).contains("event 2", "no readable <day date>"),
                m -> assertThat(m).contains("event 3", "2023-02-30T10:00:00+01:00"),
                m -> assertThat(m).contains("event 4", "25:00"));
        // the day's date is unreadable, so event 1 goes by its own date
        assertThat(session(r.conference(), "1").day()).hasToString("2023-02-28");
        // dated four days after the day it is listed under: shown on its own date, and said so
        assertThat(session(r.conference(), "6").day()).hasToString("2023-03-05");
        assertThat(messages(r, Severity.WARNING)).singleElement().asString().contains("event 6", "2023-03-05");
        assertThat(r.conference().days()).extracting(Object::toString)
                .containsExactly("2023-02-28", "2023-03-01", "2023-03-05");
    }

    @Test
    void unreadableStartsAndDurationsAreRefusedByName() {
        ImportResult r = importFixture("bad-times.xml");
        assertBooksBalance(r, 8);
        assertThat(r.conference().sessions()).extracting(s -> s.id()).containsExactly("1", "7");
        assertThat(r.problems()).filteredOn(p -> p.severity() == Severity.ERROR).hasSize(6).allSatisfy(p -> {
            assertThat(p.location().file()).isEqualTo("bad-times.xml");
            assertThat(p.location().line()).isBetween(7, 13);
            assertThat(p.location().path()).startsWith("schedule/day[1]/room[A]/event[");
            assertThat(p.message()).contains("not imported");
        });
        assertThat(messages(r, Severity.ERROR)).anyMatch(m -> m.contains("\"soon\""))
                .anyMatch(m -> m.contains("\"half past ten\""))
                .anyMatch(m -> m.contains("\"an hour\""))
                .anyMatch(m -> m.contains("has no <duration>"))
                .anyMatch(m -> m.contains("no start time"))
                .anyMatch(m -> m.contains("\"1:75\""));
        assertThat(messages(r, Severity.WARNING)).singleElement().asString().contains("15:00", "14:00");
        assertSession(r.conference(), "7", "2024-12-27", "2024-12-27T14:00:00+01:00", "2024-12-27T15:00:00+01:00", "A",
                "Start disagrees");
    }

    @Test
    void emptyAndBlankFilesAreRefused() {
        for (String name : new String[] {"empty.xml", "blank.xml"}) {
            ImportResult r = importFixture(name);
            assertThat(r.succeeded()).isFalse();
            assertThat(r.firstError().orElseThrow()).hasToString(name + ": ERROR: the file is empty");
        }
    }

    @Test
    void scheduleWithoutEventsImportsWithAWarning() {
        ImportResult r = importFixture("no-events.xml");
        assertThat(r.succeeded()).isTrue();
        assertBooksBalance(r, 0);
        assertThat(r.conference().rooms()).extracting(Room::name).containsExactly("Saal 1", "Saal GLITCH");
        assertThat(r.conference().days()).hasSize(2);
        assertThat(messages(r, Severity.WARNING)).containsExactly("the schedule holds no events");
    }

    @Test
    void anotherXmlRootIsRefused() {
        ImportResult r = importFixture("not-a-schedule.xml");
        assertThat(r.succeeded()).isFalse();
        assertThat(r.firstError().orElseThrow().message()).contains("<rss>", "not <schedule>");
        assertThat(r.firstError().orElseThrow().location().line()).isEqualTo(2);
    }

    @Test
    void truncatedBeforeAnyEventIsRefused() {
        ImportResult r = importText("stub.xml", "<?xml version=\"1.0\"?>\n<schedule>\n<conference><title>Stub");
        assertThat(r.succeeded()).isFalse();
        assertThat(r.firstError().orElseThrow().message()).contains("cut off");
        assertThat(r.firstError().orElseThrow().location().line()).isEqualTo(3);
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        String deep = "<x>".repeat(200_000) + "</x>".repeat(200_000);
        String xml = "<schedule><conference><acronym>deep</acronym></conference><day date=\"2024-01-01\"><room name=\"A\">"
                + "<event id=\"1\"><date>2024-01-01T10:00:00Z</date><duration>1:00</duration><title>T</title>" + deep
                + "</event></room></day></schedule>";
        assertThatCode(() -> {
            ImportResult r = importText("deep.xml", xml);
            assertThat(r.conference().sessions()).hasSize(1);
        }).doesNotThrowAnyException();
    }

    @Test
    void nothingIsPrintedToTheConsole() {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(capture);
            for (String name : new String[] {"wrong-encoding.xml", "truncated.xml", "xxe.xml", "entity-bomb.xml",
                    "binary-garbage.bin", "malformed-middle.xml"}) {
                importFixture(name);
            }
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
