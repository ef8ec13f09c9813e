package org.conferenceplanner.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateProperty;

/** What ical4j reads back from an exported .ics file, one record per VEVENT. */
record IcsRead(String uid, Instant start, Instant end, String summary, String location, String description,
        String categories, String url, int sequence, String status, Optional<String> alarmTrigger) {

    static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("ical4j cannot read the export: " + e.getMessage(), e);
        }
    }

    static List<IcsRead> events(String ics) {
        return parse(ics).<VEvent>getComponents("VEVENT").stream().map(IcsRead::of).toList();
    }

    private static IcsRead of(VEvent e) {
        return new IcsRead(text(e, "UID"), instant(e, "DTSTART"), instant(e, "DTEND"), text(e, "SUMMARY"),
                text(e, "LOCATION"), text(e, "DESCRIPTION"), categories(e), text(e, "URL"),
                Integer.parseInt(text(e, "SEQUENCE")), text(e, "STATUS"),
                e.<VAlarm>getComponents("VALARM").stream().findFirst()
                        .map(a -> a.getProperty("TRIGGER").map(Property::getValue).orElse("")));
    }

    private static String text(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElse("");
    }

    private static String categories(VEvent e) {
        return e.getProperty("CATEGORIES").map(p -> String.join(",", ((Categories) p).getCategories().getTexts()))
                .orElse("");
    }

    private static Instant instant(VEvent e, String name) {
        DateProperty<?> p = (DateProperty<?>) e.getProperty(name).orElseThrow();
        Temporal t = p.getDate();
        return Instant.from(t);
    }
}
