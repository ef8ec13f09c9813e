package org.conferenceplanner.importer.ical;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.component.VEvent;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.ProgramImporter;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.SessionCollector;
import org.conferenceplanner.importer.TextDecoder;

/**
 * Reads iCalendar program feeds (.ics, VERSION 2.0 or none) with ical4j, after a lenient pre-pass
 * ({@link IcsRepair}) so that one broken line never costs the whole program. Each VEVENT becomes a
 * session; problems name the event by its line, summary and UID. Stateless and thread-safe.
 */
public final class ICalendarImporter implements ProgramImporter {

    private static final Pattern PRETALX_URL = Pattern.compile("https?://[^/]+/([^/]+)/talk/");

    @Override
    public ProgramFormat format() {
        return ProgramFormat.ICALENDAR;
    }

    @Override
    public boolean recognizes(String head) {
        return CalendarHead.isCalendar(head) && !CalendarHead.isVCalendar1(head);
    }

    @Override
    public ImportResult read(ProgramInput input) {
        String file = input.name();
        List<Problem> problems = new ArrayList<>();
        RepairedIcs ics = new IcsRepair(file, problems).repair(TextDecoder.decode(input, problems));
        if (!ics.hasCalendar()) {
            problems.add(Problem.error(Location.of(file), "there is no BEGIN:VCALENDAR in the file, so it is no iCalendar file"));
            return new ImportResult(file, format(), null, problems, 0, 0, 0);
        }
        IcsCalendarReader calendar = new IcsCalendarReader(file, problems);
        List<VEvent> events = calendar.read(ics);
        ZoneChoice zone = IcsZones.choose(ics, offsetOfUnknownZone(ics, events));
        reportZone(file, zone, problems);
        boolean pretalx = ics.calendarText("PRODID").toLowerCase(Locale.ROOT).contains("pretalx");
        IcsEventReader reader = new IcsEventReader(file, zone, pretalx, problems);
        SessionCollector sessions = new SessionCollector(problems);
        for (int i = 0; i < events.size(); i++) {
            RawEvent raw = ics.events().get(i);
            Location where = Location.line(file, raw.line());
            if (events.get(i) == null) {
                sessions.refuse(where, raw.label() + " could not be read (" + calendar.failure(i) + "); it was left out");
            } else {
                sessions.add(reader.session(events.get(i), raw), where);
            }
        }
        reader.reportTotals();
        MisplacedProperties.report(file, ics, problems);
        if (ics.events().isEmpty()) {
            problems.add(Problem.warning(Location.of(file), "the calendar holds no events (no VEVENT)"));
        }
        String title = ics.calendarText("X-WR-CALNAME").isEmpty() ? CalendarProgram.stem(file) : ics.calendarText("X-WR-CALNAME");
        String id = pretalx ? pretalxSlug(ics).orElse(CalendarProgram.slug(title)) : CalendarProgram.slug(title);
        Conference conference = CalendarProgram.conference(id, title, zone.zone(), sessions.sessions(), input, format());
        return new ImportResult(file, format(), conference, problems, sessions.events(), sessions.refused(), sessions.merged());
    }

    private static Optional<ZoneOffset> offsetOfUnknownZone(RepairedIcs ics, List<VEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) != null
                    && IcsTimes.read(events.get(i), ics.events().get(i), "DTSTART") instanceof IcsTime.Exact e
                    && !e.tzid().isEmpty() && ZoneNames.resolve(e.tzid()).isEmpty()) {
                return Optional.of(e.offset());
            }
        }
        return Optional.empty();
    }

    private static void reportZone(String file, ZoneChoice zone, List<Problem> problems) {
        if (zone.guessed()) {
            problems.add(Problem.warning(Location.of(file), "the time zone is a guess: " + zone.zone().getId() + " ("
                    + zone.source() + "). Times given in UTC stay exact; only the clock times shown and the days depend on it"));
        }
    }

    /** pretalx links each talk as https://host/EVENT/talk/CODE/; EVENT is the id its XML and JSON exports use too. */
    private static Optional<String> pretalxSlug(RepairedIcs ics) {
        for (RawEvent e : ics.events()) {
            Matcher m = PRETALX_URL.matcher(e.text("URL"));
            if (m.find()) {
                return Optional.of(CalendarProgram.slug(m.group(1)));
            }
        }
        return Optional.empty();
    }
}
