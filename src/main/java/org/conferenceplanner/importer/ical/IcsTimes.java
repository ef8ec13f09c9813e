package org.conferenceplanner.importer.ical;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.Temporal;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/** Reads DTSTART and DTEND through ical4j, and says what the file held where ical4j could not. Stateless. */
final class IcsTimes {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    private IcsTimes() {
    }

    static IcsTime read(VEvent event, RawEvent raw, String name) {
        Optional<Property> property = event.getProperty(name);
        String tzid = raw.first(name).map(IcsZones::tzidOf).orElse("");
        if (property.isPresent() && property.get() instanceof DateProperty<?> date) {
            try {
                return of(date.getDate(), tzid, date.getValue());
            } catch (RuntimeException e) {
                // ical4j cannot place a TZID that neither Java nor the file defines
                return floating(date.getValue(), tzid);
            }
        }
        return raw.first(name).map(l -> floating(l.rawValue().strip(), tzid)).orElse(new IcsTime.Missing());
    }

    private static IcsTime of(Temporal t, String tzid, String value) {
        if (t instanceof Instant i) {
            return new IcsTime.Exact(i, "", ZoneOffset.UTC);
        }
        if (t instanceof OffsetDateTime o) {
            return new IcsTime.Exact(o.toInstant(), "", o.getOffset());
        }
        if (t instanceof ZonedDateTime z) {
            return new IcsTime.Exact(z.toInstant(), tzid, z.getOffset());
        }
        if (t instanceof LocalDateTime l) {
            return floating(l, tzid);
        }
        if (t instanceof LocalDate d) {
            return new IcsTime.AllDay(d);
        }
        return new IcsTime.Invalid(value);
    }

    /** A value ical4j left out or could not place: kept when it is a possible clock time, else reported as written. */
    private static IcsTime floating(String value, String tzid) {
        try {
            return floating(LocalDateTime.parse(value, LOCAL), tzid);
        } catch (DateTimeException e) {
            return new IcsTime.Invalid(value);
        }
    }

    /** A clock time in a TZID Java knows under another spelling (e.g. Mozilla's "/mozilla.org/.../Europe/Berlin") is exact. */
    private static IcsTime floating(LocalDateTime local, String tzid) {
        Optional<ZoneId> zone = ZoneNames.resolve(tzid);
        if (zone.isPresent()) {
            ZonedDateTime z = local.atZone(zone.get());
            return new IcsTime.Exact(z.toInstant(), tzid, z.getOffset());
        }
        return new IcsTime.Floating(local, tzid);
    }
}
