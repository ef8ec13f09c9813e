package org.conferenceplanner.importer.ical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Duration;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ConferenceDays;
import org.conferenceplanner.importer.HtmlText;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;

/**
 * Turns one VEVENT into a session: UID → id, SUMMARY → title, LOCATION → room, DESCRIPTION → abstract
 * (X-ALT-DESC is ignored), ATTENDEE/ORGANIZER → people, CATEGORIES → event type and track, URL, and
 * STATUS:CANCELLED. Oddities every event of a file shares are counted and reported once by
 * {@link #reportTotals()}. One instance per file; not thread-safe.
 */
final class IcsEventReader {

    private static final Pattern CN = Pattern.compile("(?i)(?:^|;)CN=(\"[^\"]*\"|[^;:]*)");
    private static final Pattern ROLE = Pattern.compile("(?i)(?:^|;)ROLE=(\"[^\"]*\"|[^;:]*)");
    private static final Pattern URI_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    private final String file;
    private final ZoneChoice zone;
    private final boolean pretalx;
    private final List<Problem> problems;
    private int floating;
    private int firstFloatingLine;
    private int quotedDescriptions;
    private int peopleFromSummary;
    private final Map<String, Integer> unknownZones = new LinkedHashMap<>();

    IcsEventReader(String file, ZoneChoice zone, boolean pretalx, List<Problem> problems) {
        this.file = file;
        this.zone = zone;
        this.pretalx = pretalx;
        this.problems = problems;
    }

    Session session(VEvent event, RawEvent raw) {
        Location where = Location.line(file, raw.line());
        String label = raw.label();
        String uid = text(event, raw, "UID");
        String summary = text(event, raw, "SUMMARY");
        String id = uid.isEmpty() ? derivedId(raw) : uid;
        if (uid.isEmpty()) {
            problems.add(Problem.warning(where, label + " has no UID; it was given the id " + id
                    + ", which stays the same while its title and start do"));
        }
        if (summary.isEmpty()) {
            problems.add(Problem.warning(where, label + " has no SUMMARY; it was kept without a title"));
        }
        SummaryConventions.TitleAndPeople titled = SummaryConventions.read(summary, pretalx);
        List<Person> people = people(raw);
        if (people.isEmpty() && !titled.people().isEmpty()) {
            people = titled.people();
            peopleFromSummary++;
        }
        List<String> categories = categories(raw);
        Session.Builder b = Session.builder(id)
                .guid(uid)
                .title(titled.title())
                .room(text(event, raw, "LOCATION"))
                .people(people)
                .abstractText(HtmlText.toPlainText(unquoted(text(event, raw, "DESCRIPTION"))))
                .eventType(categories.isEmpty() ? "" : categories.get(0))
                .track(categories.size() < 2 ? "" : String.join(", ", categories.subList(1, categories.size())))
                .url(text(event, raw, "URL"))
                .cancelled(text(event, raw, "STATUS").equalsIgnoreCase("CANCELLED"));
        schedule(b, event, raw, where, label);
        if (raw.first("RRULE").isPresent() || raw.first("RDATE").isPresent()) {
            problems.add(Problem.warning(where, label + " repeats (RRULE/RDATE); only its first time is shown"));
        }
        return b.build();
    }

    private void schedule(Session.Builder b, VEvent event, RawEvent raw, Location where, String label) {
        IcsTime start = IcsTimes.read(event, raw, "DTSTART");
        Instant s = start.in(zone.zone());
        if (s == null) {
            String why = start instanceof IcsTime.Invalid inv
                    ? "has a DTSTART that is no possible date and time (\"" + IcsText.shorten(inv.raw(), 40) + "\")"
                    : "has no DTSTART";
            problems.add(Problem.warning(where, label + " " + why + "; it was kept under Unscheduled"));
            b.timeText(start instanceof IcsTime.Invalid inv ? inv.raw() : "");
            return;
        }
        note(start, raw.line(), true);
        Instant e = end(event, raw, start, s, where, label);
        LocalDate day = ConferenceDays.dayOf(s, zone.zone(), LocalTime.MIDNIGHT);
        b.start(s).end(e).day(day);
    }

    private Instant end(VEvent event, RawEvent raw, IcsTime start, Instant s, Location where, String label) {
        IcsTime end = IcsTimes.read(event, raw, "DTEND");
        Instant e = end.in(zone.zone());
        if (e != null) {
            note(end, raw.line(), false);
        } else if (end instanceof IcsTime.Invalid inv) {
            problems.add(Problem.warning(where, label + " has a DTEND that is no possible date and time (\""
                    + IcsText.shorten(inv.raw(), 40) + "\"); it was kept with no length"));
            return s;
        } else {
            Optional<TemporalAmount> duration = duration(event);
            if (duration.isPresent()) {
                e = s.atZone(zone.zone()).plus(duration.get()).toInstant();
            } else if (raw.first("DURATION").isPresent()) {
                problems.add(Problem.warning(where, label + " has a DURATION that is no duration (\""
                        + IcsText.shorten(raw.text("DURATION"), 40) + "\", RFC 5545 writes PT1H30M); it was kept with no length"));
                return s;
            } else if (start instanceof IcsTime.AllDay) {
                e = s.atZone(zone.zone()).plusDays(1).toInstant();
            } else {
                problems.add(Problem.warning(where, label + " has neither DTEND nor DURATION; it was kept with no length "
                        + "(it ends when it starts, as RFC 5545 reads it)"));
                return s;
            }
        }
        if (e.isBefore(s)) {
            problems.add(Problem.warning(where, label + " ends before it starts; it was kept with no length"));
            return s;
        }
        return e;
    }

    private static Optional<TemporalAmount> duration(VEvent event) {
        try {
            return event.<Duration>getProperty("DURATION").map(Duration::getDuration);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Counts events with floating starts, and remembers zones nobody knows. */
    private void note(IcsTime time, int line, boolean isStart) {
        if (!(time instanceof IcsTime.Floating f)) {
            return;
        }
        if (!f.unknownZone().isEmpty()) {
            unknownZones.merge(f.unknownZone(), line, Math::min);
        } else if (isStart) {
            floating++;
            firstFloatingLine = firstFloatingLine == 0 ? line : firstFloatingLine;
        }
    }

    /** People from ATTENDEE and ORGANIZER: the CN, else the value itself when it is a bare name, not an address. */
    private static List<Person> people(RawEvent raw) {
        Set<String> seen = new LinkedHashSet<>();
        List<Person> people = new ArrayList<>();
        for (IcsLine line : raw.properties()) {
            if (!line.name().equals("ATTENDEE") && !line.name().equals("ORGANIZER")) {
                continue;
            }
            Matcher cn = CN.matcher(line.rawParameters());
            String value = IcsText.unescape(line.rawValue()).strip();
            // a CN is one name ("Smith, Ann"); a bare value may list several ("Kris Buytaert & Toshaan Bharvani")
            List<String> names = cn.find() ? List.of(cn.group(1).replace("\"", "").strip())
                    : URI_SCHEME.matcher(value).matches() ? List.of() : SummaryConventions.names(value);
            Matcher role = ROLE.matcher(line.rawParameters());
            Role r = role.find() && role.group(1).toUpperCase(Locale.ROOT).contains("CHAIR") ? Role.CHAIR : Role.SPEAKER;
            for (String name : names) {
                if (!name.isEmpty() && seen.add(name)) {
                    people.add(new Person(name, r, ""));
                }
            }
        }
        return people;
    }

    private static List<String> categories(RawEvent raw) {
        List<String> out = new ArrayList<>();
        for (IcsLine line : raw.all("CATEGORIES")) {
            for (String c : line.rawValue().split("(?<!\\\\),")) {
                String t = IcsText.unescape(c).strip();
                if (!t.isEmpty() && !out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** cfgmgmtcamp wraps every DESCRIPTION in double quotes; they are not part of the text. */
    private String unquoted(String description) {
        if (description.length() >= 2 && description.startsWith("\"") && description.endsWith("\"")) {
            quotedDescriptions++;
            return description.substring(1, description.length() - 1);
        }
        return description;
    }

    /** ical4j's reading of a text property, or the file's own text when ical4j left the property out. */
    private static String text(VEvent event, RawEvent raw, String name) {
        Optional<Property> p = event.getProperty(name);
        return p.map(Property::getValue).map(String::strip).orElseGet(() -> raw.text(name));
    }

    private static String derivedId(RawEvent raw) {
        String basis = raw.text("SUMMARY") + "\n" + raw.first("DTSTART").map(IcsLine::rawValue).orElse("");
        return "ics-" + StableIds.hash(basis);
    }

    /** One problem for each oddity many events share, instead of one per event. */
    void reportTotals() {
        if (floating > 0) {
            String message = floating + " event(s) have times with no time zone (floating; the first is the event on line "
                    + firstFloatingLine + "); they were read in " + zone.source();
            problems.add(zone.guessed() ? Problem.warning(Location.line(file, firstFloatingLine), message)
                    : Problem.info(Location.line(file, firstFloatingLine), message));
        }
        unknownZones.forEach((tzid, line) -> problems.add(Problem.warning(Location.line(file, line), "TZID " + tzid
                + " is not a time zone this app knows and the file does not define it; its times were read in "
                + zone.zone().getId())));
        if (quotedDescriptions > 0) {
            problems.add(Problem.info(Location.of(file), quotedDescriptions
                    + " DESCRIPTION value(s) are wrapped in double quotes; the quotes were removed"));
        }
        if (peopleFromSummary > 0) {
            problems.add(Problem.info(Location.of(file), "the speakers of " + peopleFromSummary
                    + " event(s) were read from their SUMMARY (" + (pretalx ? "pretalx's \"Title - Speaker\"" : "\"(talk by Name)\"")
                    + "), as the file has no ATTENDEE for them"));
        }
    }
}
