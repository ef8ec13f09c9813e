package org.conferenceplanner.importer.sctext;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.HtmlText;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;

/**
 * Turns one event block into a session: id (see {@link ScSessionIds}), clock times on the date of
 * the day heading in the conference zone, people, abstract, links. A block with no date or no usable
 * TIME becomes an unscheduled session (its TIME text kept), with a warning; nothing is dropped.
 */
final class ScSessionFactory {

    private final String file;
    private final ZoneId zone;
    private final List<Problem> problems;

    ScSessionFactory(String file, ZoneId zone, List<Problem> problems) {
        this.file = file;
        this.zone = zone;
        this.problems = problems;
    }

    /**
     * A session made from a block, and the warning that it could not be scheduled (if so), which is
     * reported only when the session is kept rather than merged into an earlier copy.
     */
    record Created(Session session, Optional<Problem> unscheduled) {
    }

    Created create(ScEventBlock b) {
        String title = b.title();
        if (title.isEmpty()) {
            title = b.value(ScLabel.SESSION);
        }
        Session.Builder s = Session.builder(id(b, title))
                .title(title)
                .eventType(b.value(ScLabel.EVENT_TYPE))
                .track(b.value(ScLabel.SESSION))
                .room(b.value(ScLabel.ROOM))
                .timeText(b.value(ScLabel.TIME))
                .people(List.copyOf(b.people()))
                .abstractText(HtmlText.toPlainText(b.abstractText()))
                .links(links(b.urls()))
                .url(b.urls().isEmpty() ? "" : b.urls().get(0));
        Optional<Problem> unscheduled = schedule(b, s);
        return new Created(s.build(), unscheduled);
    }

    private String id(ScEventBlock b, String title) {
        String evid = b.value(ScLabel.EVID);
        Optional<String> fromUrl = b.urls().stream().map(ScSessionIds::evidInUrl).flatMap(Optional::stream).findFirst();
        if (!evid.isEmpty() && !ScSessionIds.isEvid(evid)) {
            warn(b.lineOf(ScLabel.EVID), "EVID \"" + ScTextParser.shorten(evid) + "\" is not an SC event id; ignored");
            evid = "";
        }
        if (!evid.isEmpty() && fromUrl.isPresent() && !fromUrl.get().equals(evid)) {
            warn(b.lineOf(ScLabel.EVID), "EVID " + evid + " differs from the evid in the URL (" + fromUrl.get()
                    + "); the EVID line is used");
        }
        if (!evid.isEmpty()) {
            return evid;
        }
        if (fromUrl.isPresent()) {
            return fromUrl.get();
        }
        if (title.isEmpty()) {
            return "untitled-line" + b.titleLine();
        }
        return ScSessionIds.slug(title, b.date());
    }

    private Optional<Problem> schedule(ScEventBlock b, Session.Builder s) {
        String name = s.title().isEmpty() ? "the event at line " + b.titleLine() : "\"" + s.title() + "\"";
        LocalDate date = b.date();
        String time = b.value(ScLabel.TIME);
        Optional<ClockRange> range = ClockRange.parse(time);
        if (date == null) {
            return unscheduled(b.titleLine(), name + " has no date");
        }
        if (range.isEmpty()) {
            return unscheduled(b.has(ScLabel.TIME) ? b.lineOf(ScLabel.TIME) : b.titleLine(), name + (time.isEmpty()
                    ? " has no TIME" : " has a TIME that is not a clock-time range (\"" + ScTextParser.shorten(time) + "\")"));
        }
        ClockRange r = range.get();
        if (r.guessed()) {
            warn(b.lineOf(ScLabel.TIME), "TIME \"" + time + "\" of " + name + " has no AM/PM; read as "
                    + r.start() + " to " + r.end());
        }
        try {
            Instant start = date.atTime(r.start()).atZone(zone).toInstant();
            Instant end = date.plusDays(r.crossesMidnight() ? 1 : 0).atTime(r.end()).atZone(zone).toInstant();
            s.day(date).start(start).end(end);
            return Optional.empty();
        } catch (DateTimeException e) {
            return unscheduled(b.lineOf(ScLabel.TIME), name + ": " + date + " " + time + " is not a time in " + zone.getId());
        }
    }

    private Optional<Problem> unscheduled(int line, String why) {
        return Optional.of(Problem.warning(Location.line(file, line), why + "; it is kept as unscheduled"));
    }

    private static List<Link> links(List<String> urls) {
        List<Link> links = new ArrayList<>();
        for (String url : urls) {
            links.add(new Link(url, url.contains(".vcs") || url.contains("vcs.php") ? "Calendar file (vCalendar)" : "Event page"));
        }
        return links;
    }

    private void warn(int line, String message) {
        problems.add(Problem.warning(Location.line(file, line), message));
    }
}
