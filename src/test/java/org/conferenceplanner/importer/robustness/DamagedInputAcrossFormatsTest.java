package org.conferenceplanner.importer.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.importer.robustness.ImportInvariants.Outcome.CLEAN;
import static org.conferenceplanner.importer.robustness.ImportInvariants.Outcome.REFUSED;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.Severity;
import org.conferenceplanner.importer.robustness.ImportInvariants.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same damage done to the same program in every format, read through {@code ProgramReader}
 * (detection by content) and by the format's importer directly: files cut short, in the wrong
 * encoding, with binary garbage, empty, or with dates that do not exist. Each ends in a clear problem
 * (severity, message, file and line or path) or a refusal, within a preemptive time limit, and what
 * could be read is kept. Hostile files (XXE, entity bombs, huge files) are in {@link HostileInputTest}.
 */
class DamagedInputAcrossFormatsTest {

    private final TwoWayImport imports = new TwoWayImport();

    @ParameterizedTest
    @EnumSource(Sample.class)
    void aFileCutAnywhereEndsInAProblemOrARefusal(Sample sample) {
        sample.assumeRegistered();
        byte[] whole = sample.utf8();
        int n = whole.length;
        for (int cut : new int[] {1, n / 10, n / 4, n / 2, 3 * n / 4, 9 * n / 10, n - 5}) {
            String name = sample.fileName("cut-at-" + cut);
            Outcome outcome = imports.outcome(sample, name, Arrays.copyOf(whole, cut));
            if (sample.showsItsEnd()) {
                assertThat(outcome).as(name + " must not pass for complete").isNotEqualTo(CLEAN);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void aFileCutBetweenEventsKeepsTheEventBeforeTheCutAndSaysWhereItBroke(Sample sample) {
        sample.assumeRegistered();
        byte[] whole = sample.utf8();
        String name = sample.fileName("cut-between-events");
        ImportResult r = imports.read(sample, name, Arrays.copyOf(whole, indexOf(whole, Sample.SECOND_TITLE)));
        assertFirstEventIntact(r);
        if (sample.showsItsEnd()) {
            assertThat(r.problems()).as("a problem that says where the file broke").anySatisfy(p -> assertLocated(p, name));
        }
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void aFileCutInsideACharacterSpoilsOnlyThatCharacter(Sample sample) {
        sample.assumeRegistered();
        byte[] whole = sample.utf8();
        int insideTheO = indexOf(whole, "Köln") + 2; // after the first of the two bytes of "ö"
        ImportResult r = imports.read(sample, sample.fileName("cut-in-a-character"), Arrays.copyOf(whole, insideTheO));
        assertThat(r.problems()).extracting(Problem::message).noneMatch(m -> m.contains("Windows-1252"));
        if (r.succeeded()) {
            assertThat(r.conference().sessions()).extracting(Session::title).allMatch(t -> t.isEmpty() || t.startsWith("Grüße aus K"));
        }
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void aDamagedByteSpoilsOnlyItsOwnCharacter(Sample sample) {
        sample.assumeRegistered();
        byte[] bytes = sample.utf8();
        bytes[indexOf(bytes, "Köln") + 2] = '?'; // the second byte of "ö"
        String name = sample.fileName("damaged-byte");
        ImportResult r = imports.read(sample, name, bytes);
        Session first = r.conference().sessions().stream().filter(s -> s.title().startsWith("Grüße aus K")).findFirst()
                .orElseThrow(() -> new AssertionError("no first event among " + r.conference().sessions()));
        assertThat(first.title()).startsWith("Grüße aus K").endsWith("?ln").hasSize(Sample.FIRST_TITLE.length() + 1);
        assertThat(first.room()).isEqualTo(Sample.FIRST_ROOM);
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.message()).contains("UTF-8");
            assertLocated(p, name);
        });
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void windows1252IsReadAsSuchAndTheFirstBadLineIsNamed(Sample sample) {
        sample.assumeRegistered();
        String name = sample.fileName("windows-1252");
        ImportResult r = imports.read(sample, name, sample.text().getBytes(Charset.forName("windows-1252")));
        assertFirstEventIntact(r);
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("not valid UTF-8");
            assertLocated(p, name);
        });
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void utf16WithoutAByteOrderMarkIsReadInEitherByteOrder(Sample sample) {
        sample.assumeRegistered();
        List<String> titles = imports.read(sample, sample.fileName("utf-8"), sample.utf8()).conference().sessions().stream()
                .map(Session::title).toList();
        for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            ImportResult r = imports.read(sample, sample.fileName(utf16.name()), sample.text().getBytes(utf16));
            assertFirstEventIntact(r);
            assertThat(r.conference().sessions()).extracting(Session::title).containsExactlyElementsOf(titles);
        }
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void binaryGarbageAfterAValidStartIsReportedAndTheStartKept(Sample sample) {
        sample.assumeRegistered();
        byte[] whole = sample.utf8();
        int cut = indexOf(whole, Sample.SECOND_TITLE);
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        byte[] bytes = Arrays.copyOf(whole, cut + garbage.length);
        System.arraycopy(garbage, 0, bytes, cut, garbage.length);
        String name = sample.fileName("garbage-after-start");
        assertThat(imports.outcome(sample, name, bytes)).isNotEqualTo(CLEAN);
        assertFirstEventIntact(imports.read(sample, name, bytes));
    }

    @Test
    void binaryFilesAreRefusedAsNoProgram() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 8, 0, 8, 0, 0x21, 0x5C, 0x6E, 0x55, 0, 0, 0, 0, 'c', 'o', 'n', 't', 'e', 'n', 't'};
        byte[] gzip = {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, (byte) 0xED, (byte) 0x9D, 0x5B, 0x73};
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        for (byte[] bytes : List.of(random, png, zip, gzip, pdf)) {
            for (Sample sample : Sample.values()) {
                if (sample.registered()) {
                    String name = sample.fileName("binary");
                    assertThat(imports.outcome(sample, name, bytes)).isNotEqualTo(CLEAN);
                    assertThat(imports.reader().read(new ProgramInput(name, bytes)).firstError())
                            .get().extracting(Problem::message).asString().contains("not a program file");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void emptyBlankAndByteOrderMarkOnlyFilesAreRefusedAsEmpty(Sample sample) {
        sample.assumeRegistered();
        byte[][] empties = {
            {}, " \n\t\r\n  ".getBytes(StandardCharsets.US_ASCII), {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n', ' ', '\n'}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF},
            {(byte) 0xFF, (byte) 0xFE, ' ', 0, '\n', 0}};
        for (byte[] bytes : empties) {
            String name = sample.fileName("empty");
            assertThat(imports.outcome(sample, name, bytes)).isNotEqualTo(CLEAN);
            assertThat(imports.reader().read(new ProgramInput(name, bytes)).firstError().orElseThrow())
                    .hasToString(name + ": ERROR: the file is empty");
        }
        String zeros = sample.fileName("zeros");
        assertThat(imports.outcome(sample, zeros, new byte[65536])).isEqualTo(REFUSED);
        assertThat(imports.reader().read(new ProgramInput(zeros, new byte[65536])).firstError()
                .orElseThrow().message()).contains("nothing but zero bytes");
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void impossibleDatesAreReportedByEventAndNeverRolledOver(Sample sample) {
        sample.assumeRegistered();
        String name = sample.fileName("impossible-dates");
        ImportResult r = imports.read(sample, name, sample.text("impossible-dates").getBytes(StandardCharsets.UTF_8));
        Session possible = r.conference().sessions().stream().filter(s -> s.title().equals("Possible")).findFirst().orElseThrow();
        assertThat(possible.start()).isEqualTo(Sample.FIRST_START);
        // SC pages name their months, so a thirteenth month cannot be written in SC text
        List<String> impossible = sample == Sample.SC_TEXT ? List.of("February thirtieth", "Hour twenty-five")
                : List.of("February thirtieth", "Hour twenty-five", "Thirteenth month");
        for (String title : impossible) {
            assertThat(r.problems()).as(title).anySatisfy(p -> {
                assertThat(p.severity()).isIn(Severity.WARNING, Severity.ERROR);
                assertThat(p.message()).contains(title);
                assertLocated(p, name);
            });
        }
        // kept unscheduled, refused, or placed on the day the file lists them under: never on 1 March, 6 March or in 2025
        assertThat(r.conference().sessions()).filteredOn(Session::isScheduled).extracting(Session::day)
                .containsOnly(LocalDate.of(2024, 3, 5));
    }

    private static void assertFirstEventIntact(ImportResult r) {
        assertThat(r.succeeded()).as("imported: " + r.problems()).isTrue();
        Session first = r.conference().sessions().stream().filter(s -> s.title().equals(Sample.FIRST_TITLE)).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + Sample.FIRST_TITLE + "\" among " + r.conference().sessions()));
        assertThat(first.start()).isEqualTo(Sample.FIRST_START);
        assertThat(first.room()).isEqualTo(Sample.FIRST_ROOM);
    }

    /** The problem names the file and a line or an element path. */
    static void assertLocated(Problem p, String file) {
        assertThat(p.location().file()).as(p.toString()).isEqualTo(file);
        assertThat(p.location().line() > 0 || !p.location().path().isEmpty()).as(p + " has a line or path").isTrue();
    }

    private static int indexOf(byte[] bytes, String text) {
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(new String(text.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1));
        assertThat(at).as(text).isNotNegative();
        return at;
    }
}
