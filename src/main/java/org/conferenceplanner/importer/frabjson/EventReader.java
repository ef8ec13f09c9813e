package org.conferenceplanner.importer.frabjson;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.conferenceplanner.domain.DeferredText;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.HtmlText;
import org.conferenceplanner.importer.IsoDateTimes;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;

/**
 * Turns one event object (its {@link EventFields} read from the stream) into a {@link PendingEvent}, for
 * both the classic frab form and schedule v2. Lenient: every field may be missing, null or of
 * the wrong type; each oddity becomes a problem that names the event. Not thread-safe.
 */
final class EventReader {

    private static final int LABEL_TITLE_LENGTH = 60;

    private final String file;
    private final ScheduleFacts facts;
    private final List<Problem> problems;
    private final PeopleAndLinks people;
    private int ordinal;

    EventReader(String file, ScheduleFacts facts, List<Problem> problems) {
        this.file = file;
        this.facts = facts;
        this.problems = problems;
        this.people = new PeopleAndLinks(problems);
    }

    PendingEvent read(EventFields e, int line, String path, int dayPosition, String listedRoom) {
        ordinal++;
        Location where = new Location(file, line, path);
        String title = text(e, EventFields.TITLE, where, "this event");
        String id = idOf(e, where, dayPosition >= 0);
        String label = "event " + id + (title.isEmpty() ? "" : " \"" + shorten(title) + "\"");
        EventTimes times = times(e, where, label);
        if (title.isEmpty() && !times.hasStart()) {
            return PendingEvent.refused(where, dayPosition, listedRoom,
                    label + " has neither a title nor a time; left out");
        }
        if (title.isEmpty()) {
            problems.add(Problem.warning(at(where, "title"), label + " has no title"));
        }
        String language = text(e, EventFields.LANGUAGE, where, label);
        Session.Builder session = Session.builder(id)
                .guid(text(e, EventFields.GUID, where, label))
                .title(title)
                .subtitle(text(e, EventFields.SUBTITLE, where, label))
                .eventType(text(e, EventFields.TYPE, where, label))
                .language(language)
                .url(text(e, EventFields.URL, where, label))
                .people(people.persons(e, where, label))
                .abstractText(abstractOf(e, language))
                .cancelled(isCancelled(e));
        JsonNode track = e.get(EventFields.TRACK);
        String trackSlug = "";
        if (track != null && track.isObject()) {
            String name = JsonValues.localized(track.get("name"), language).strip();
            session.track(name);
            trackSlug = name.isEmpty() ? textOf(track.get("slug")) : "";
        } else {
            session.track(text(e, EventFields.TRACK, where, label));
        }
        JsonNode room = e.get(EventFields.ROOM);
        String roomName;
        String roomGuid = "";
        if (room != null && room.isObject()) {
            roomName = textOf(room.get("name"));
            roomGuid = textOf(room.get("guid"));
        } else {
            roomName = text(e, EventFields.ROOM, where, label);
        }
        return PendingEvent.kept(where, label, dayPosition, listedRoom, session, times, people.links(e, where, label),
                roomName, roomGuid, trackSlug);
    }

    private String idOf(EventFields e, Location where, boolean classic) {
        JsonNode n = e.get(EventFields.ID);
        if (n != null && n.isIntegralNumber()) {
            return n.asText();
        }
        if (n != null && n.isTextual() && !n.textValue().isBlank()) {
            String id = n.textValue().strip();
            problems.add(Problem.info(at(where, "id"),
                    "event id \"" + id + "\" is written as a text, not a number; used as it is"));
            return id;
        }
        if (n != null && n.isNumber()) {
            String id = n.isBigDecimal() ? n.decimalValue().stripTrailingZeros().toString() : n.asText();
            problems.add(Problem.warning(at(where, "id"), "event id " + shorten(id) + " is not a whole number; used as text"));
            return id;
        }
        if (n != null && !n.isNull()) {
            problems.add(Problem.warning(at(where, "id"), "event id is " + JsonValues.kind(n) + " (" + shorten(n.toString())
                    + "), not a number; " + (n.isValueNode() ? "used as text" : "ignored")));
            if (n.isValueNode() && !n.asText().isBlank()) {
                return n.asText().strip();
            }
        }
        for (int slot : new int[] {EventFields.GUID, EventFields.CODE, EventFields.SLUG}) {
            String field = EventFields.NAMES[slot];
            String v = textOf(e.get(slot));
            if (!v.isEmpty()) {
                if (classic) {
                    problems.add(Problem.info(at(where, "id"), "event has no id; its " + field + " " + v + " is used instead"));
                }
                return v;
            }
        }
        String made = "event-" + ordinal;
        problems.add(Problem.warning(at(where, "id"), "event has no id, guid, code or slug; it is called " + made
                + " here, so a plan entry for it may not survive an update of the program"));
        return made;
    }

    private EventTimes times(EventFields e, Location where, String label) {
        String dateText = textOf(e.get(EventFields.DATE));
        String startText = textOf(e.get(EventFields.START));
        OffsetDateTime start = dateText.isEmpty() ? null : JsonValues.offsetDateTime(dateText);
        LocalTime clock = clock(startText);
        if (start == null && !startText.isEmpty() && clock == null) {
            start = JsonValues.offsetDateTime(startText); // schedule v2 writes a full date-time in start
        }
        LocalDateTime floating = null;
        if (start == null) {
            String candidate = dateText.isEmpty() ? startText : dateText;
            floating = candidate.isEmpty() ? null : JsonValues.localDateTime(candidate);
            if (floating != null) {
                problems.add(Problem.warning(at(where, dateText.isEmpty() ? "start" : "date"), label + ": time \"" + candidate
                        + "\" has no UTC offset; read in the conference time zone"));
            } else if (!dateText.isEmpty()) {
                problems.add(Problem.warning(at(where, "date"), label + ": date \"" + shorten(dateText)
                        + "\" is not a date and time"
                        + (clock == null ? "" : "; placed at its start time " + startText + " on its day")));
            } else if (clock != null) {
                problems.add(Problem.warning(at(where, "date"), label + " has no date; placed at its start time "
                        + startText + " on its day"));
            }
        } else {
            facts.noteEventOffset(start.getOffset());
            if (clock != null && !clock.equals(start.toLocalTime().withSecond(0).withNano(0))) {
                problems.add(Problem.warning(at(where, "start"), label + ": start " + startText + " does not match date "
                        + dateText + "; the date is used"));
            }
        }
        if (start != null || floating != null) {
            clock = null;
        }
        OffsetDateTime end = null;
        String endText = textOf(e.get(EventFields.END));
        if (!endText.isEmpty()) {
            end = JsonValues.offsetDateTime(endText);
            if (end == null) {
                problems.add(Problem.warning(at(where, "end"), label + ": end \"" + shorten(endText)
                        + "\" is not a date and time with offset; ignored"));
            }
        }
        Duration duration = null;
        String durationText = textOf(e.get(EventFields.DURATION));
        if (!durationText.isEmpty()) {
            Optional<Duration> parsed = FrabDuration.parse(durationText);
            duration = parsed.orElse(null);
            if (parsed.isEmpty()) {
                problems.add(Problem.warning(at(where, "duration"), label + ": duration \"" + shorten(durationText)
                        + "\" is not a duration (such as 01:30 or PT1H30M)"
                        + (end == null ? "; shown as ending when it starts" : "; its end is used")));
            }
        } else if (end == null && (start != null || floating != null || clock != null)) {
            problems.add(Problem.warning(at(where, "duration"), label + " has no duration or end; shown as ending when it starts"));
        }
        String text = !dateText.isEmpty() ? dateText : startText;
        // instants now, while the event is in the cache: the assembler reaches it only after the whole file
        return new EventTimes(start == null ? null : start.toInstant(), floating, clock, end == null ? null : end.toInstant(),
                duration, text);
    }

    /** {@code HH:MM}, {@code H:MM} or {@code HH:MM:SS}: frab's clock start; null for anything else. */
    private static LocalTime clock(String text) {
        int colon = text.indexOf(':');
        if (colon < 1 || colon > 2 || (text.length() != colon + 3 && text.length() != colon + 6)) {
            return null;
        }
        int hour = IsoDateTimes.digits(text, 0, colon);
        int minute = IsoDateTimes.digits(text, colon + 1, 2);
        int second = text.length() == colon + 6 && text.charAt(colon + 3) == ':' ? IsoDateTimes.digits(text, colon + 4, 2)
                : text.length() == colon + 3 ? 0 : -1;
        return hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 ? null
                : LocalTime.of(hour, minute, second);
    }

    /**
     * The abstract, then the description when it says something else, as paragraphs; converted from
     * HTML when first read ({@link DeferredText}).
     */
    private static DeferredText abstractOf(EventFields e, String language) {
        UndecodedString undecodedSummary = e.undecoded(EventFields.ABSTRACT);
        UndecodedString undecodedDescription = e.undecoded(EventFields.DESCRIPTION);
        String summary = JsonValues.localized(e.get(EventFields.ABSTRACT), language);
        String description = JsonValues.localized(e.get(EventFields.DESCRIPTION), language);
        if (undecodedSummary == null && undecodedDescription == null) {
            return summary.isEmpty() && description.isEmpty() ? DeferredText.of("")
                    : DeferredText.later(() -> plainAbstract(summary, description));
        }
        return DeferredText.later(() -> plainAbstract(undecodedSummary == null ? summary : undecodedSummary.decode(),
                undecodedDescription == null ? description : undecodedDescription.decode()));
    }

    static String plainAbstract(String summaryHtml, String descriptionHtml) {
        String summary = HtmlText.toPlainText(summaryHtml);
        String description = HtmlText.toPlainText(descriptionHtml);
        if (description.isEmpty() || description.equals(summary)) {
            return summary;
        }
        return summary.isEmpty() ? description : summary + "\n\n" + description;
    }

    private static boolean isCancelled(EventFields e) {
        String state = textOf(e.get(EventFields.STATE)).toLowerCase(Locale.ROOT);
        JsonNode flag = e.get(EventFields.CANCELLED);
        return state.equals("canceled") || state.equals("cancelled") || state.equals("withdrawn")
                || (flag != null && flag.asBoolean(false));
    }

    /** A text field; a wrong type is reported and read as empty. */
    private String text(EventFields e, int slot, Location where, String label) {
        JsonNode n = e.get(slot);
        String field = EventFields.NAMES[slot];
        if (n == null || n.isNull()) {
            return "";
        }
        if (n.isValueNode()) {
            return n.asText().strip();
        }
        String localized = JsonValues.localized(n, "en").strip();
        if (localized.isEmpty()) {
            problems.add(Problem.warning(at(where, field), label + ": " + field + " is " + JsonValues.kind(n)
                    + ", not a text; ignored"));
        }
        return localized;
    }

    static String textOf(JsonNode n) {
        return n == null || !n.isValueNode() || n.isNull() ? "" : n.asText().strip();
    }

    static Location at(Location where, String field) {
        return new Location(where.file(), where.line(), JsonPaths.field(where.path(), field));
    }

    static String shorten(String s) {
        return s.length() <= LABEL_TITLE_LENGTH ? s : s.substring(0, LABEL_TITLE_LENGTH - 1) + "…";
    }
}
