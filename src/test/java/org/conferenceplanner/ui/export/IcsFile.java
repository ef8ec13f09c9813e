package org.conferenceplanner.ui.export;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/** An exported .ics file as ical4j reads it back: one record per VEVENT. */
public record IcsFile(String uid, String summary, Instant start, Instant end, int sequence, String status,
        String alarmTrigger) {

    public static List<IcsFile> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new CalendarBuilder().build(in).<VEvent>getComponents("VEVENT").stream().map(IcsFile::of).toList();
        } catch (IOException | ParserException e) {
            throw new AssertionError("ical4j cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static IcsFile of(VEvent e) {
        String trigger = e.getAlarms().stream().findFirst()
                .flatMap(a -> a.getProperty("TRIGGER").map(Property::getValue)).orElse("");
        return new IcsFile(text(e, "UID"), text(e, "SUMMARY"), instant(e, "DTSTART"), instant(e, "DTEND"),
                Integer.parseInt(text(e, "SEQUENCE")), text(e, "STATUS"), trigger);
    }

    private static String text(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElse("");
    }

    private static Instant instant(VEvent e, String name) {
        return Instant.from(((DateProperty<?>) e.getProperty(name).orElseThrow()).getDate());
    }
}
