package org.conferenceplanner.importer.vcal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.ProgramImporter;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.SessionCollector;
import org.conferenceplanner.importer.TextDecoder;
import org.conferenceplanner.importer.ical.CalendarHead;
import org.conferenceplanner.importer.ical.CalendarProgram;
import org.conferenceplanner.importer.ical.StableIds;

/**
 * Reads vCalendar 1.0 files (.vcs) as the SC12 site wrote them, one event per file: one property per
 * line or the "flat" form with every line joined by spaces, often with the whole VCALENDAR twice.
 * A repeated copy of an event is merged with a problem. Events have no UID, so an event alone in a
 * file named like an SC evid ("exforum140.vcs", "SC12_Event_x-evid=exforum140.vcs.txt") takes that
 * evid as its id, and any other takes a hash of its SUMMARY and DTSTART. Stateless and thread-safe.
 */
public final class VCalendarImporter implements ProgramImporter {

    private static final Pattern EVID_PARAMETER = Pattern.compile("evid=([A-Za-z0-9_-]+)");
    private static final Pattern EVID_NAME = Pattern.compile("[a-z]+[0-9]+");

    @Override
    public ProgramFormat format() {
        return ProgramFormat.VCALENDAR;
    }

    @Override
    public boolean recognizes(String head) {
        return CalendarHead.isVCalendar1(head);
    }

    @Override
    public ImportResult read(ProgramInput input) {
        String file = input.name();
        List<Problem> problems = new ArrayList<>();
        FlatForm.Split split = FlatForm.split(TextDecoder.decode(input, problems));
        if (split.flat()) {
            problems.add(Problem.info(Location.line(file, 1), "the calendar is in the flat form (its lines were joined "
                    + "with spaces); it was split into " + split.lines().size() + " properties"));
        }
        VcsParser.Parsed parsed = new VcsParser(file, problems).parse(split.lines(), split.flat());
        if (!parsed.hasCalendar()) {
            problems.add(Problem.error(Location.of(file), "there is no BEGIN:VCALENDAR in the file, so it is no vCalendar file"));
            return new ImportResult(file, format(), null, problems, 0, 0, 0);
        }
        VcsZone zone = VcsZone.of(parsed.calendarProperties());
        if (!zone.isStated()) {
            problems.add(Problem.warning(Location.of(file), "the time zone is a guess: UTC (the file has no TZ property, "
                    + "and vCalendar times are in UTC). Times stay exact; only the clock times shown and the days depend on it"));
        }
        VcsEventReader reader = new VcsEventReader(file, zone, split.flat(), problems);
        SessionCollector sessions = new SessionCollector(problems);
        Map<List<String>, VcsEvent> seen = new HashMap<>();
        List<VcsEvent> distinct = new ArrayList<>();
        for (VcsEvent e : parsed.events()) {
            if (seen.putIfAbsent(e.content(), e) == null) {
                distinct.add(e);
            }
        }
        for (VcsEvent e : parsed.events()) {
            VcsEvent original = seen.get(e.content());
            if (original != e) {
                sessions.countMerged(reader.where(e), e.label() + " (" + e.path() + ") repeats " + original.path()
                        + " exactly; the copy was merged into it");
            } else {
                sessions.add(reader.session(e, id(e, file, distinct.size())), reader.where(e));
            }
        }
        reader.reportTotals();
        if (parsed.events().isEmpty()) {
            problems.add(Problem.warning(Location.of(file), "the calendar holds no events (no VEVENT)"));
        }
        String title = CalendarProgram.stem(file);
        Conference conference = CalendarProgram.conference(CalendarProgram.slug(title), title, zone.displayZone(),
                sessions.sessions(), input, format());
        return new ImportResult(file, format(), conference, problems, sessions.events(), sessions.refused(), sessions.merged());
    }

    private static String id(VcsEvent event, String file, int distinctEvents) {
        String uid = event.text("UID");
        if (!uid.isEmpty()) {
            return uid;
        }
        if (distinctEvents == 1) {
            Matcher evid = EVID_PARAMETER.matcher(file);
            String stem = CalendarProgram.stem(file);
            if (evid.find()) {
                return evid.group(1);
            }
            if (EVID_NAME.matcher(stem).matches()) {
                return stem;
            }
        }
        return "vcs-" + StableIds.hash(event.text("SUMMARY") + "\n" + event.first("DTSTART").map(VcsProperty::rawValue).orElse(""));
    }
}
