package org.conferenceplanner.importer.frabjson;

import java.net.URI;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.ProgramSource;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ConferenceDays;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.SessionCollector;

/**
 * Finishes an import once the whole file is read: chooses the zone, dates the days, gives every
 * pending event its instants, day, room and track, and hands each to the {@link SessionCollector}
 * (which settles duplicate ids) in file order. One per import, not thread-safe.
 */
final class ConferenceAssembler {

    private final ProgramInput input;
    private final ScheduleFacts facts;
    private final List<Problem> problems;
    private final URI baseUrl;
    private final Map<LocalDate, Instant[]> listedRanges = new HashMap<>();

    ConferenceAssembler(ProgramInput input, ScheduleFacts facts, List<Problem> problems) {
        this.input = input;
        this.facts = facts;
        this.problems = problems;
        this.baseUrl = LinkTargets.base(facts.baseUrl);
    }

    ImportResult assemble() {
        String file = input.name();
        ZoneId zone = ZoneChoice.choose(file, facts.zoneName, facts.eventOffsets, DayTable.offsets(facts.days), problems);
        DayTable days = DayTable.of(facts.days, zone, file, problems);
        SessionCollector collector = new SessionCollector(problems);
        Set<String> eventRooms = new LinkedHashSet<>();
        for (PendingEvent event : facts.events) {
            if (event.isRefused()) {
                collector.refuse(event.where, event.refusal);
                continue;
            }
            String room = room(event);
            if (!room.isEmpty()) {
                eventRooms.add(room);
            }
            collector.add(finish(event, zone, days).room(room), event.where);
        }
        if (collector.events() == 0) {
            problems.add(Problem.info(Location.of(file), "the schedule lists no events"));
        }
        List<Session> sessions = collector.sessions();
        Set<String> roomNames = new LinkedHashSet<>(facts.listedRooms);
        roomNames.addAll(facts.declaredRooms);
        roomNames.addAll(eventRooms);
        Conference conference = new Conference(conferenceId(), conferenceTitle(), zone, venue(),
                ConferenceDays.daysOf(days.dates(), sessions), roomNames.stream().map(Room::new).toList(), sessions,
                new ProgramSource(file, ProgramFormat.FRAB_JSON, facts.version));
        // problems found while streaming and while assembling interleave; a reader wants them by line
        problems.sort(Comparator.comparingInt(p -> p.location().line()));
        return new ImportResult(file, ProgramFormat.FRAB_JSON, conference, problems, collector.events(),
                collector.refused(), collector.merged());
    }

    /** The event's session, all but its room. */
    private Session.Builder finish(PendingEvent event, ZoneId zone, DayTable days) {
        Session.Builder session = event.session;
        EventTimes times = event.times;
        LocalDate listed = days.date(event.dayPosition);
        Instant start = start(times, listed, days.startClock(event.dayPosition), zone);
        if (start == null) {
            problems.add(Problem.warning(event.where, event.label + " has no usable date and time; kept as unscheduled"));
            session.timeText(times.text());
        } else {
            Instant end = times.end() != null ? times.end()
                    : times.duration() != null ? start.plus(times.duration()) : start;
            if (end.isBefore(start)) {
                problems.add(Problem.warning(event.where,
                        event.label + " ends before it starts; shown as ending when it starts"));
                end = start;
            }
            session.start(start).end(end).day(day(event, listed, start, zone, days));
        }
        session.links(LinkTargets.resolve(event.links, baseUrl));
        if (!event.trackSlug.isEmpty()) {
            session.track(facts.trackNamesBySlug.getOrDefault(event.trackSlug, event.trackSlug));
        }
        return session;
    }

    private static Instant start(EventTimes times, LocalDate listed, LocalTime dayStart, ZoneId zone) {
        if (times.start() != null) {
            return times.start();
        }
        if (times.floatingStart() != null) {
            return times.floatingStart().atZone(zone).toInstant();
        }
        if (times.clockStart() != null && listed != null) {
            LocalDateTime local = listed.atTime(times.clockStart());
            // a clock time before the day's start is an after-midnight slot of that conference day
            return (dayStart != null && times.clockStart().isBefore(dayStart) ? local.plusDays(1) : local)
                    .atZone(zone).toInstant();
        }
        return null;
    }

    private LocalDate day(PendingEvent event, LocalDate listed, Instant start, ZoneId zone, DayTable days) {
        if (listed != null) {
            if (listedDayHolds(listed, start, zone)) {
                return listed;
            }
            LocalDate actual = start.atZone(zone).toLocalDate();
            if (!actual.equals(listed) && !actual.equals(listed.plusDays(1))) {
                problems.add(Problem.warning(event.where, event.label + " is listed under day " + listed + " but starts on "
                        + actual + "; kept under " + listed));
            }
            return listed;
        }
        LocalDate declared = days.dayContaining(start);
        if (declared != null) {
            return declared;
        }
        LocalDate day = ConferenceDays.dayOf(start, zone, ConferenceDays.DEFAULT_DAY_CHANGE);
        if (!days.dates().isEmpty() && !days.dates().contains(day)) {
            problems.add(Problem.warning(event.where, event.label + " is outside the conference days; shown on " + day));
        }
        return day;
    }

    /**
     * True when a start falls on its listed date or the night after it. The two-day range is worked
     * out once per date: converting every start to local time costs a zone-rules lookup each, which
     * was a twentieth of a big import.
     */
    private boolean listedDayHolds(LocalDate listed, Instant start, ZoneId zone) {
        Instant[] range = listedRanges.computeIfAbsent(listed, d -> new Instant[] {
            d.atStartOfDay(zone).toInstant(), d.plusDays(2).atStartOfDay(zone).toInstant()});
        return !start.isBefore(range[0]) && start.isBefore(range[1]);
    }

    private String room(PendingEvent event) {
        String named = event.roomName.isEmpty() ? facts.roomNamesByGuid.getOrDefault(event.roomGuid, "") : event.roomName;
        if (event.listedRoom == null) {
            if (named.isEmpty()) {
                problems.add(Problem.warning(event.where, event.label + " names no room"));
            }
            return named;
        }
        if (!event.roomName.isEmpty() && !event.roomName.equals(event.listedRoom)) {
            problems.add(Problem.warning(event.where, event.label + " is listed under room \"" + event.listedRoom
                    + "\" but names room \"" + event.roomName + "\"; kept in \"" + event.listedRoom + "\""));
        }
        return event.listedRoom;
    }

    private String conferenceId() {
        if (!facts.acronym.isEmpty()) {
            return facts.acronym.toLowerCase(Locale.ROOT);
        }
        String id = slug(facts.title.isEmpty() ? fileStem() : facts.title);
        id = id.isEmpty() ? "conference" : id;
        problems.add(Problem.info(Location.path(input.name(), "schedule.conference.acronym"),
                "the schedule has no acronym; the conference is identified as \"" + id + "\""));
        return id;
    }

    private String conferenceTitle() {
        if (!facts.title.isEmpty()) {
            return facts.title;
        }
        String title = facts.acronym.isEmpty() ? fileStem() : facts.acronym;
        problems.add(Problem.warning(Location.path(input.name(), "schedule.conference.title"),
                "the schedule has no conference title; it is called \"" + title + "\""));
        return title;
    }

    private String venue() {
        if (facts.venue.isEmpty() || facts.city.isEmpty()) {
            return facts.venue.isEmpty() ? facts.city : facts.venue;
        }
        return facts.venue + ", " + facts.city;
    }

    private String fileStem() {
        String name = input.name();
        String stem = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = stem.indexOf('.');
        return dot > 0 ? stem.substring(0, dot) : stem;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
