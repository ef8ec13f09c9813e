package org.conferenceplanner.export;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.util.Strings;

/**
 * Writes an {@link ExportBatch} as an iCalendar 2.0 file with ical4j: one VTIMEZONE for the conference
 * zone covering the exported dates, times with that TZID (in UTC where the zone has no definition or
 * the local time is ambiguous), every text escaped by ical4j, lines folded at 75 octets by
 * {@link IcsLineFolder}. Thread-safe.
 */
final class IcsWriter {

    private static final java.util.Set<String> PYTHON_UNESCAPES = java.util.Set.of("%2C", "%3A", "%3B", "%5C");

    private final ZoneDefinitions zones;
    private final String productId;

    IcsWriter(ZoneDefinitions zones, String productId) {
        this.zones = zones;
        this.productId = productId;
    }

    String write(ExportBatch batch, ExportOptions options, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(productId));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        String name = CalendarText.oneLine(options.calendarName());
        if (!name.isEmpty()) {
            calendar.add(new Name(readBack(name)));
            // XProperty writes its value as given: escape it like any text
            calendar.add(new XProperty("X-WR-CALNAME", Strings.escape(readBack(name))));
        }
        List<CalendarEntry> entries = batch.entries();
        ZoneId zone = batch.conference().zone();
        Optional<VTimeZone> definition = entries.isEmpty() ? Optional.empty()
                : zones.covering(zone, entries.stream().map(e -> e.session().start()).min(Instant::compareTo).orElseThrow(),
                        entries.stream().map(e -> e.session().end()).max(Instant::compareTo).orElseThrow());
        definition.ifPresent(calendar::add);
        DtStamp stamp = new DtStamp(now.truncatedTo(ChronoUnit.SECONDS));
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, definition.isPresent() ? zone : null, stamp, options));
        }
        return IcsLineFolder.fold(calendar.toString());
    }

    private static VEvent event(CalendarEntry entry, ZoneId zone, DtStamp stamp, ExportOptions options) {
        EventText text = entry.text();
        VEvent event = new VEvent(false);
        event.add(new Uid(entry.uid()));
        event.add(stamp);
        event.add(new DtStart<>(time(entry.session().start(), zone)));
        event.add(new DtEnd<>(time(entry.session().end(), zone)));
        event.add(new Sequence(entry.sequence()));
        event.add(entry.status().isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Summary(readBack(text.summary())));
        if (!text.location().isEmpty()) {
            event.add(new Location(readBack(text.location())));
        }
        if (!text.description().isEmpty()) {
            event.add(new Description(readBack(text.description())));
        }
        if (!text.category().isEmpty()) {
            event.add(new Categories(new TextList(List.of(readBack(text.category())))));
        }
        if (!text.url().isEmpty()) {
            event.add(new Url(URI.create(readBack(text.url()))));
        }
        if (options.alarmMinutes().isPresent() && !entry.status().isCancelled()) {
            VAlarm alarm = new VAlarm(Duration.ofMinutes(-options.alarmMinutes().getAsInt()));
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(readBack(text.summary())));
            event.add(alarm);
        }
        return event;
    }

    /**
     * The text as every iCalendar reader gets it back from this writer. python-icalendar (and so khal)
     * unescapes with plain replacements in turn: an escaped backslash followed by {@code n N , ; \} is
     * read as a line break or a bare separator, so such a backslash is written as U+FF3C (＼); and the
     * text {@code %2C %3A %3B %5C} is read as {@code , : ; \}, so those escapes (in URLs) are written
     * with lower-case hex digits, which a URL reads the same. Everything else is kept.
     */
    static String readBack(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (c == '\\' && "nN,;\\".indexOf(next) >= 0) {
                out.append('\uFF3C');
            } else if (c == '%' && i + 2 < text.length() && PYTHON_UNESCAPES.contains(text.substring(i, i + 3))) {
                out.append(text.substring(i, i + 3).toLowerCase(java.util.Locale.ROOT));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Local time in the conference zone, which keeps the venue's clock visible; UTC when there is no
     * zone definition, or when the local time is ambiguous (the repeated hour when clocks go back), since
     * a TZID time there could be read as either instant.
     */
    private static java.time.temporal.Temporal time(Instant instant, ZoneId zone) {
        Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
        if (zone == null) {
            return seconds;
        }
        LocalDateTime local = LocalDateTime.ofInstant(seconds, zone);
        if (zone.getRules().getValidOffsets(local).size() != 1) {
            return seconds;
        }
        return ZonedDateTime.ofInstant(seconds, zone);
    }
}
