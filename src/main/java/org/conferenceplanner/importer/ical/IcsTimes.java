package org.conferenceplanner.importer.ical;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/** Reads DTSTART and DTEND through ical4j, and says what the file held where ical4j could not. Stateless. */
final class IcsTimes {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern BASIC_FORM = Pattern.compile("(\\d{8})(?:T(\\d{6})Z?)?");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss").withResolverStyle(ResolverStyle.STRICT);

    private IcsTimes() {
    }

    static IcsTime read(VEvent event, RawEvent raw, String name) {
        Optional<Property> property = event.getProperty(name);
        String tzid = raw.first(name).map(IcsZones::tzidOf).orElse("");
        if (property.isPresent() && property.get() instanceof DateProperty<?> date) {
            // the value as written: ical4j's own getValue() throws on an empty one
            String written = raw.first(name).map(l -> l.rawValue().strip()).orElse("");
            if (!possible(written)) {
                // ical4j resolves 20240230 to 29 February; the file named no such day
                return new IcsTime.Invalid(written);
            }
            try {
                return of(date.getDate(), tzid, written);
            } catch (RuntimeException e) {
                // ical4j cannot place a TZID that neither Java nor the file defines
                return floating(written, tzid);
            }
        }
        return raw.first(name).map(l -> floating(l.rawValue().strip(), tzid)).orElse(new IcsTime.Missing());
    }

    /** False for a date or date-time of the basic form that names no real day or clock time (February 30, hour 25). */
    private static boolean possible(String written) {
        Matcher m = BASIC_FORM.matcher(written);
        if (!m.matches()) {
            return true;
        }
        try {
            LocalDate.parse(m.group(1), DATE);
            if (m.group(2) != null) {
                LocalTime.parse(m.group(2), TIME);
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
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
