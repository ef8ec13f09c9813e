package org.conferenceplanner.importer.frabxml;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.ProgramSource;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ConferenceDays;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.SessionCollector;

/**
 * Builds the import result from a finished pass: chooses the zone, resolves every event, keeps the
 * books (kept + refused + merged = events in the file, counting those left unread after a break) and
 * decides whether anything usable was read.
 * Not thread-safe; one per import.
 */
final class ScheduleAssembler {

    private final String file;
    private final List<Problem> problems;

    /** @param problems the problems noticed so far (decoding); the result's list grows from it */
    ScheduleAssembler(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    ImportResult assemble(ParsedSchedule parsed, int unreadAfterBreak) {
        problems.addAll(parsed.problems());
        if (!parsed.rootFound()) {
            return failed(parsed, unreadAfterBreak, unreadAfterBreak);
        }
        ConferenceHeader header = parsed.header();
        ZoneId zone = ZoneChooser.choose(header, parsed.events(), file, problems);
        SessionCollector collector = new SessionCollector(problems);
        for (ParsedSchedule.Refusal r : parsed.refusals()) {
            collector.refuse(r.where(), r.message());
        }
        EventResolver resolver = new EventResolver(file, zone, dayChange(header), collector, problems);
        for (RawEvent e : parsed.events()) {
            resolver.resolve(e);
        }
        if (unreadAfterBreak > 0) {
            problems.add(Problem.error(Location.line(file, parsed.breakLine()), unreadAfterBreak
                    + (unreadAfterBreak == 1 ? " more event" : " more events") + " from line " + parsed.breakLine()
                    + " on could not be read"));
        }
        int events = collector.events() + unreadAfterBreak;
        int refused = collector.refused() + unreadAfterBreak;
        List<Session> sessions = collector.sessions();
        if (sessions.isEmpty() && (parsed.brokeOff() || events > 0)) {
            return failed(parsed, events, refused);
        }
        if (events == 0) {
            problems.add(Problem.warning(Location.path(file, "schedule"), "the schedule holds no events"));
        }
        Conference conference = new Conference(
                ConferenceNames.id(header, file),
                ConferenceNames.title(header, file),
                zone,
                ConferenceNames.venue(header),
                ConferenceDays.daysOf(parsed.days(), sessions),
                parsed.rooms().stream().map(Room::new).toList(),
                sessions,
                new ProgramSource(file, ProgramFormat.FRAB_XML, header.version()));
        return new ImportResult(file, ProgramFormat.FRAB_XML, conference, problems, events, refused, collector.merged());
    }

    /** Nothing usable: the reason the pass ended comes first, so it is the one line a user sees. */
    private ImportResult failed(ParsedSchedule parsed, int events, int refused) {
        List<Problem> ordered = new ArrayList<>(problems.size() + 1);
        if (parsed.fatal() != null) {
            ordered.add(parsed.fatal());
        } else {
            ordered.add(Problem.error(Location.of(file), "no event in the file could be imported"));
        }
        for (Problem p : problems) {
            if (p != parsed.fatal()) {
                ordered.add(p);
            }
        }
        return new ImportResult(file, ProgramFormat.FRAB_XML, null, ordered, events, refused, 0);
    }

    private LocalTime dayChange(ConferenceHeader header) {
        if (header.dayChange().isEmpty()) {
            return ConferenceDays.DEFAULT_DAY_CHANGE;
        }
        LocalTime t = FrabTimes.clock(header.dayChange());
        if (t == null) {
            problems.add(Problem.warning(Location.path(file, "schedule/conference/day_change"),
                    "the day change \"" + header.dayChange() + "\" is not a clock time; "
                            + ConferenceDays.DEFAULT_DAY_CHANGE + " is used"));
            return ConferenceDays.DEFAULT_DAY_CHANGE;
        }
        return t;
    }
}
