package org.conferenceplanner.importer.frabjson;

import java.net.URI;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * Finishes the events of an import: gives each its instants, day, room and track and hands it to the
 * {@link SessionCollector} (which settles duplicate ids) in file order; most as the walk reads them
 * ({@link #accept}), the rest once the whole file is read, when it also chooses the zone and dates
 * the days ({@link #assemble}). One per import, not thread-safe.
 */
final class ConferenceAssembler {

    private final ProgramInput input;
    private final ScheduleFacts facts;
    private final List<Problem> problems;
    private final Map<LocalDate, Instant[]> listedRanges = new HashMap<>();
    private final SessionCollector collector;
    private final Set<String> eventRooms = new LinkedHashSet<>();
    /** Events that wait for the whole file, in file order; once one waits, all later ones do. */
    private final List<PendingEvent> waiting = new ArrayList<>();
    private int eventsRead;
    /** The named zone as far as the file has been read, and the time_zone_name it was made from. */
    private ZoneId namedZone;
    private String namedZoneFrom;
    private URI baseUrl;
    private String baseUrlFrom;

    ConferenceAssembler(ProgramInput input, ScheduleFacts facts, List<Problem> problems) {
        this.input = input;
        this.facts = facts;
        this.problems = problems;
        this.collector = new SessionCollector(problems);
    }

    /**
     * Takes an event as the walk reads it. An event listed under a dated day and a room, with an
     * instant or a local start, in a schedule that names its zone, is finished at once, while it is
     * in the cache: at 10,000 events and more, finishing them after the whole file cost a third of the
     * import in cache misses. Any other event waits for the whole file, and so does every event after
     * it, so that sessions reach the collector in file order (which settles duplicate ids).
     */
    void accept(PendingEvent event) {
        eventsRead++;
        if (waiting.isEmpty() && event.isRefused()) {
            collector.refuse(event.where, event.refusal);
        } else if (waiting.isEmpty() && canFinishNow(event)) {
            add(event, finish(event, namedZone, facts.days.get(event.dayPosition).date(), null, null));
        } else {
            waiting.add(event);
        }
    }

    /** How many events the walk has handed over so far. */
    int eventsRead() {
        return eventsRead;
    }

    private boolean canFinishNow(PendingEvent event) {
        if (event.listedRoom == null || event.dayPosition < 0 || !event.trackSlug.isEmpty()
                || (event.times.start() == null && event.times.floatingStart() == null) || zoneNamedSoFar() == null
                || facts.days.get(event.dayPosition).date() == null) {
            return false;
        }
        return event.links.isEmpty() || LinkTargets.allAbsolute(event.links) || baseUrlSoFar() != null;
    }

    private ZoneId zoneNamedSoFar() {
        if (!facts.zoneName.equals(namedZoneFrom)) {
            namedZoneFrom = facts.zoneName;
            namedZone = ZoneChoice.named(facts.zoneName);
        }
        return namedZone;
    }

    private URI baseUrlSoFar() {
        if (!facts.baseUrl.equals(baseUrlFrom)) {
            baseUrlFrom = facts.baseUrl;
            baseUrl = LinkTargets.base(facts.baseUrl);
        }
        return baseUrl;
    }

    ImportResult assemble() {
        String file = input.name();
        ZoneId zone = ZoneChoice.choose(file, facts.zoneName, facts.eventOffsets, DayTable.offsets(facts.days), problems);
        DayTable days = DayTable.of(facts.days, zone, file, problems);
        for (PendingEvent event : waiting) {
            if (event.isRefused()) {
                collector.refuse(event.where, event.refusal);
            } else {
                add(event, finish(event, zone, days.date(event.dayPosition), days.startClock(event.dayPosition), days));
            }
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

    private void add(PendingEvent event, Session.Builder session) {
        String room = room(event);
        if (!room.isEmpty()) {
            eventRooms.add(room);
        }
        collector.add(session.room(room), event.where);
    }

    /** The event's session, all but its room. */
    private Session.Builder finish(PendingEvent event, ZoneId zone, LocalDate listed, LocalTime dayStart, DayTable days) {
        Session.Builder session = event.session;
        EventTimes times = event.times;
        Instant start = start(times, listed, dayStart, zone);
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
        session.links(LinkTargets.resolve(event.links, baseUrlSoFar()));
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
