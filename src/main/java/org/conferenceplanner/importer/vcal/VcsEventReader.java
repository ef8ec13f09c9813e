package org.conferenceplanner.importer.vcal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ConferenceDays;
import org.conferenceplanner.importer.HtmlText;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.ical.IcsText;

/**
 * Turns one vCalendar VEVENT into a session: SUMMARY → title, LOCATION → room, DESCRIPTION → abstract
 * (SC12's leading "ABSTRACT:" label removed), ATTENDEE → people, CATEGORIES → event type and track.
 * One instance per file; not thread-safe.
 */
final class VcsEventReader {

    private static final Pattern ABSTRACT_LABEL = Pattern.compile("(?i)^\\s*ABSTRACT\\s*:\\s*");
    private static final Pattern CATEGORY_SEPARATOR = Pattern.compile("\\s*[;,]\\s*");

    private final String file;
    private final VcsZone zone;
    private final boolean flat;
    private final List<Problem> problems;
    private int localTimes;
    private int firstLocalLine;

    VcsEventReader(String file, VcsZone zone, boolean flat, List<Problem> problems) {
        this.file = file;
        this.zone = zone;
        this.flat = flat;
        this.problems = problems;
    }

    Location where(VcsEvent event) {
        return new Location(file, event.line(), flat ? event.path() : "");
    }

    Session session(VcsEvent event, String id) {
        Location where = where(event);
        String title = event.text("SUMMARY");
        if (title.isEmpty()) {
            problems.add(Problem.warning(where, event.label() + " has no SUMMARY; it was kept without a title"));
        }
        List<String> categories = new ArrayList<>();
        for (String c : CATEGORY_SEPARATOR.split(event.text("CATEGORIES"))) {
            if (!c.isBlank()) {
                categories.add(c.strip());
            }
        }
        String status = event.text("STATUS").toUpperCase(Locale.ROOT);
        Session.Builder b = Session.builder(id)
                .guid(event.text("UID"))
                .title(title)
                .room(event.text("LOCATION"))
                .abstractText(HtmlText.toPlainText(ABSTRACT_LABEL.matcher(event.text("DESCRIPTION")).replaceFirst("")))
                .people(people(event))
                .eventType(categories.isEmpty() ? "" : categories.get(0))
                .track(categories.size() < 2 ? "" : String.join(", ", categories.subList(1, categories.size())))
                .url(event.text("URL"))
                .cancelled(status.equals("CANCELLED") || status.equals("CANCELED"));
        schedule(b, event, where);
        return b.build();
    }

    private void schedule(Session.Builder b, VcsEvent event, Location where) {
        String rawStart = event.first("DTSTART").map(VcsProperty::rawValue).orElse("");
        VcsTimes.Value start = VcsTimes.parse(rawStart);
        Instant s = instant(start, event.line());
        if (s == null) {
            String why = rawStart.isBlank() ? "has no DTSTART"
                    : "has a DTSTART that is no possible date and time (\"" + IcsText.shorten(rawStart.strip(), 40) + "\")";
            problems.add(Problem.warning(where, event.label() + " " + why + "; it was kept under Unscheduled"));
            b.timeText(rawStart.strip());
            return;
        }
        b.start(s).end(end(event, start, s, where)).day(ConferenceDays.dayOf(s, zone.displayZone(), LocalTime.MIDNIGHT));
    }

    private Instant end(VcsEvent event, VcsTimes.Value start, Instant s, Location where) {
        String rawEnd = event.first("DTEND").map(VcsProperty::rawValue).orElse("");
        Instant e = instant(VcsTimes.parse(rawEnd), event.line());
        if (e == null && start instanceof VcsTimes.Day && rawEnd.isBlank()) {
            return s.atZone(zone.displayZone()).plusDays(1).toInstant();
        }
        if (e == null) {
            String why = rawEnd.isBlank() ? "has no DTEND"
                    : "has a DTEND that is no possible date and time (\"" + IcsText.shorten(rawEnd.strip(), 40) + "\")";
            problems.add(Problem.warning(where, event.label() + " " + why + "; it was kept with no length"));
            return s;
        }
        if (e.isBefore(s)) {
            problems.add(Problem.warning(where, event.label() + " ends before it starts; it was kept with no length"));
            return s;
        }
        return e;
    }

    private Instant instant(VcsTimes.Value value, int line) {
        if (value instanceof VcsTimes.Utc u) {
            return u.instant();
        }
        if (value instanceof VcsTimes.Local l) {
            if (!zone.isStated()) {
                localTimes++;
                firstLocalLine = firstLocalLine == 0 ? line : firstLocalLine;
            }
            return zone.instant(l.local());
        }
        if (value instanceof VcsTimes.Day d) {
            LocalDate date = d.date();
            return zone.instant(date.atStartOfDay());
        }
        return null;
    }

    /** vCalendar writes an attendee as "Name <address>", or just the address. */
    private static List<Person> people(VcsEvent event) {
        List<Person> people = new ArrayList<>();
        for (VcsProperty p : event.properties()) {
            if (!p.name().equals("ATTENDEE") && !p.name().equals("ORGANIZER")) {
                continue;
            }
            String value = p.text();
            int angle = value.indexOf('<');
            String name = p.parameters().getOrDefault("CN", angle >= 0 ? value.substring(0, angle) : value).replace("\"", "").strip();
            if (name.isEmpty() || name.contains("@") || name.regionMatches(true, 0, "mailto:", 0, 7)) {
                continue;
            }
            String role = p.parameters().getOrDefault("ROLE", "");
            people.add(new Person(name, role.toUpperCase(Locale.ROOT).contains("CHAIR") ? Role.CHAIR : Role.SPEAKER, ""));
        }
        return people;
    }

    void reportTotals() {
        if (localTimes > 0) {
            problems.add(Problem.warning(Location.line(file, firstLocalLine), localTimes + " time(s) have no zone (no Z, and "
                    + "the file has no TZ), the first on line " + firstLocalLine + "; they were read as UTC"));
        }
    }
}
