package org.conferenceplanner.importer.sctext;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.ProgramSource;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ConferenceDays;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.ProgramImporter;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.SessionCollector;
import org.conferenceplanner.importer.TextDecoder;

/**
 * Reads SC program page text: the text of the Supercomputing conference's event pages, one block per
 * event (title line, {@code SESSION:}, {@code EVENT TYPE:}, {@code TIME:}, people labels, {@code ROOM:},
 * {@code ABSTRACT:}, "Chair/Presenter Details" with {@code Name - Affiliation} lines), dated by day
 * headings such as {@code Wednesday, November 14, 2012}. The format and the optional header lines
 * ({@code CONFERENCE:}, {@code VENUE:}, {@code TIME ZONE:}, {@code SCHEDULE:}, per event {@code EVID:}
 * and {@code URL:}) are described in {@code docs/sc-program-text.md}.
 *
 * <p>SC pages give local clock times only: the zone is the {@code TIME ZONE:} line, else the zone of
 * the SC conference of the file's year (reported), else UTC (reported). Repeated blocks of one event
 * are merged with a warning; events with no date are kept as unscheduled with a warning. Stateless
 * and thread-safe.
 */
public final class ScTextImporter implements ProgramImporter {

    private static final Pattern LABEL_AT_LINE_START =
            Pattern.compile("(?im)^[ \\t]*(SESSION|EVENT TYPE|TIME|ROOM)[ \\t]*:");

    @Override
    public ProgramFormat format() {
        return ProgramFormat.SC_TEXT;
    }

    /** At least two different event labels at line starts, in a file that is not markup, JSON or a calendar. */
    @Override
    public boolean recognizes(String head) {
        String start = head.stripLeading();
        if (start.startsWith("<") || start.startsWith("{") || start.startsWith("[")
                || start.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
            return false;
        }
        Set<String> labels = new LinkedHashSet<>();
        var m = LABEL_AT_LINE_START.matcher(head);
        while (m.find() && labels.size() < 2) {
            labels.add(m.group(1).toUpperCase(java.util.Locale.ROOT));
        }
        return labels.size() >= 2;
    }

    @Override
    public ImportResult read(ProgramInput input) {
        List<Problem> problems = new ArrayList<>();
        String text = TextDecoder.decode(input, problems);
        ScDocument doc = new ScTextParser(input.name(), problems).parse(text.lines().toList());
        ZoneId zone = new ScZone(input.name(), problems).of(doc);
        ScSessionFactory factory = new ScSessionFactory(input.name(), zone, problems);
        SessionCollector collector = new SessionCollector(problems);
        Map<String, Integer> firstLines = new HashMap<>();
        for (ScEventBlock block : doc.blocks()) {
            collect(factory.create(block), block.titleLine(), collector, firstLines, problems, input.name());
        }
        if (!doc.hasBlocks()) {
            problems.add(Problem.warning(Location.of(input.name()), "no events found (an event is a title line followed by SESSION:, EVENT TYPE: or TIME:)"));
        }
        List<Session> sessions = collector.sessions();
        Integer year = doc.year();
        String title = !doc.header(ScLabel.CONFERENCE).isEmpty() ? doc.header(ScLabel.CONFERENCE)
                : year != null ? "SC" + twoDigits(year) : baseName(input.name());
        String id = year != null ? "sc" + twoDigits(year) : ScSessionIds.slug(title, null);
        Conference conference = new Conference(id, title, zone, doc.header(ScLabel.VENUE),
                ConferenceDays.daysOf(doc.declaredDays(), sessions), rooms(sessions), sessions,
                new ProgramSource(input.name(), ProgramFormat.SC_TEXT, ""));
        return new ImportResult(input.name(), ProgramFormat.SC_TEXT, conference, problems,
                collector.events(), collector.refused(), collector.merged());
    }

    private static void collect(ScSessionFactory.Created created, int line, SessionCollector collector,
            Map<String, Integer> firstLines, List<Problem> problems, String file) {
        Session session = created.session();
        Location where = Location.line(file, line);
        Session first = collector.get(session.id());
        if (first != null && ScEventMerger.sameEvent(first, session)) {
            Session merged = ScEventMerger.merge(first, session);
            List<String> conflicts = ScEventMerger.conflicts(first, session);
            collector.replace(merged);
            collector.countMerged(where, "\"" + merged.title() + "\" is repeated here (first at line "
                    + firstLines.get(session.id()) + "); the two blocks are merged into one event"
                    + (conflicts.isEmpty() ? "" : ", keeping the first block's " + String.join(", ", conflicts)));
            return;
        }
        firstLines.putIfAbsent(session.id(), line);
        created.unscheduled().ifPresent(problems::add);
        collector.add(session, where);
    }

    private static List<Room> rooms(List<Session> sessions) {
        Set<String> names = new LinkedHashSet<>();
        for (Session s : sessions) {
            if (!s.room().isEmpty()) {
                names.add(s.room());
            }
        }
        return names.stream().map(Room::new).toList();
    }

    private static String twoDigits(int year) {
        return String.format(java.util.Locale.ROOT, "%02d", Math.floorMod(year, 100));
    }

    private static String baseName(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** The zone rule: the TIME ZONE line, else the SC venue of the year, else UTC; guesses are reported. */
    private record ScZone(String file, List<Problem> problems) {
        ZoneId of(ScDocument doc) {
            String declared = doc.header(ScLabel.TIME_ZONE);
            int line = doc.headerLine(ScLabel.TIME_ZONE);
            if (!declared.isEmpty()) {
                try {
                    return ZoneId.of(declared, ZoneId.SHORT_IDS);
                } catch (java.time.DateTimeException e) {
                    problems.add(Problem.warning(Location.line(file, line), "TIME ZONE \"" + ScTextParser.shorten(declared)
                            + "\" is not a time zone (such as America/Denver); it is ignored"));
                }
            }
            Integer year = doc.year();
            var venue = year == null ? java.util.Optional.<ScVenues.Venue>empty() : ScVenues.of(year);
            if (venue.isPresent()) {
                problems.add(Problem.info(Location.of(file), "the file gives no usable TIME ZONE; SC" + twoDigits(year)
                        + " was held in " + venue.get().city() + ", so its clock times are read in "
                        + venue.get().zone().getId()));
                return venue.get().zone();
            }
            if (doc.blocks().stream().anyMatch(b -> b.date() != null)) {
                problems.add(Problem.warning(Location.of(file), "the file gives no usable TIME ZONE and no known SC year;"
                        + " its clock times are read as UTC"));
            }
            return ZoneOffset.UTC;
        }
    }
}
