package org.conferenceplanner.importer.robustness;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.importer.ProgramImporter;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.testing.SharedData;

/**
 * The same small program, RobustCon, in every format ({@code fixtures/robust/robustcon.*}): three
 * events, the first with non-ASCII letters in its title, room and speaker, so that a wrong reading of
 * the encoding shows. The damaged-input tests break these files the same way in each format.
 */
enum Sample {
    FRAB_XML(ProgramFormat.FRAB_XML, "xml"),
    FRAB_JSON(ProgramFormat.FRAB_JSON, "json"),
    ICALENDAR(ProgramFormat.ICALENDAR, "ics"),
    VCALENDAR(ProgramFormat.VCALENDAR, "vcs"),
    SC_TEXT(ProgramFormat.SC_TEXT, "txt");

    static final String FIRST_TITLE = "Grüße aus Köln";
    static final String FIRST_ROOM = "Saal Ü";
    static final Instant FIRST_START = Instant.parse("2024-03-05T09:00:00Z");
    static final String SECOND_TITLE = "Second talk";
    static final int EVENTS = 3;

    private final ProgramFormat format;
    private final String extension;

    Sample(ProgramFormat format, String extension) {
        this.format = format;
        this.extension = extension;
    }

    ProgramFormat format() {
        return format;
    }

    String fileName(String what) {
        return what + "." + extension;
    }

    String text() {
        return text("robustcon");
    }

    /** A fixture of {@code fixtures/robust/} in this format, e.g. {@code impossible-dates}. */
    String text(String fixture) {
        try {
            return Files.readString(SharedData.fixture("robust/" + fileName(fixture)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] utf8() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** False for frab XML until its importer is registered: its tests then report themselves skipped. */
    boolean registered() {
        return importer() != null;
    }

    /** The registered importer of this format, read directly (without ProgramReader's safety net); null when none. */
    ProgramImporter importer() {
        return StandardImporters.all().stream().filter(i -> i.format() == format).findFirst().orElse(null);
    }

    /** Skips the calling test when this format has no importer yet. */
    Sample assumeRegistered() {
        assumeTrue(registered(), "no importer registered for " + format.label());
        return this;
    }

    /** Whether the format marks its end, so a file cut short can be told from a complete one. SC text cannot. */
    boolean showsItsEnd() {
        return this != SC_TEXT;
    }
}
