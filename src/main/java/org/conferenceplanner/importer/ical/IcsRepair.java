package org.conferenceplanner.importer.ical;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;

/**
 * The lenient pre-pass before ical4j. ical4j refuses a whole file for one malformed line (a line with
 * no ':', a parameter with no '=', an END that closes nothing, a file cut off mid-event), and a
 * program must never be lost for one bad property. So this pass unfolds the lines, removes control
 * characters, joins stray prose lines to the description before them or drops them, and balances
 * BEGIN/END, reporting each repair with the line of the file. One instance per file; not thread-safe.
 */
final class IcsRepair {

    static final int MAX_LINE_WARNINGS = 20;
    /** ical4j refuses deeper nesting; no real calendar needs more than VCALENDAR > VEVENT > VALARM. */
    private static final int MAX_DEPTH = 8;

    private static final Pattern CONTENT_LINE = Pattern.compile(
            "[A-Za-z0-9-]++(?:;[A-Za-z0-9-]++=(?:\"[^\"]*+\"|[^\";:,]*+)(?:,(?:\"[^\"]*+\"|[^\";:,]*+))*+)*+:.*+",
            Pattern.DOTALL);
    private static final Pattern NAME_AND_SOMETHING = Pattern.compile("[A-Za-z0-9-]++;.*:.*+", Pattern.DOTALL);
    private static final Set<String> TEXT_PROPERTIES = Set.of("DESCRIPTION", "COMMENT", "X-ALT-DESC");
    private static final Set<String> CALENDAR_COMPONENTS =
            Set.of("VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE", "VAVAILABILITY");
    private static final String VCALENDAR = "VCALENDAR";

    private final String file;
    private final List<Problem> problems;

    private final StringBuilder out = new StringBuilder();
    private int[] fileLines = new int[1024];
    private int outLines;
    private final Deque<Open> open = new ArrayDeque<>();
    private final List<RawEvent> events = new ArrayList<>();
    private final List<IcsLine> calendarProperties = new ArrayList<>();
    private final List<String> timezones = new ArrayList<>();
    private List<IcsLine> eventLines;
    private int eventLine;
    private StringBuilder timezone;
    private boolean calendarSeen;
    private boolean calendarEnded;
    private boolean severalCalendars;
    private String lastPropertyName = "";
    private int lineWarnings;
    private int suppressedWarnings;
    private int joined;
    private int firstJoined;

    private record Open(String name, int line) {
    }

    IcsRepair(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    RepairedIcs repair(String text) {
        for (IcsLine line : unfold(text)) {
            handle(line);
        }
        finish();
        return new RepairedIcs(out.toString(), Arrays.copyOf(fileLines, outLines), events, calendarProperties,
                timezones, calendarSeen);
    }

    private List<IcsLine> unfold(String text) {
        List<IcsLine> lines = new ArrayList<>();
        StringBuilder current = null;
        int currentLine = 0;
        int number = 0;
        int removed = 0;
        int firstRemoved = 0;
        int i = 0;
        while (i <= text.length()) {
            int end = i;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            number++;
            boolean continuation = current != null && end > i && (text.charAt(i) == ' ' || text.charAt(i) == '\t');
            if (!continuation) {
                if (current != null) {
                    lines.add(new IcsLine(currentLine, current.toString()));
                }
                current = new StringBuilder(end - i);
                currentLine = number;
            }
            for (int k = continuation ? i + 1 : i; k < end; k++) {
                char c = text.charAt(k);
                if (c < 0x20 && c != '\t' || c == 0x7F) {
                    removed++;
                    firstRemoved = firstRemoved == 0 ? number : firstRemoved;
                } else {
                    current.append(c);
                }
            }
            i = end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n'
                    ? end + 2 : end + 1;
        }
        if (current != null) {
            lines.add(new IcsLine(currentLine, current.toString()));
        }
        if (removed > 0) {
            problems.add(Problem.warning(Location.line(file, firstRemoved), "the file holds " + removed
                    + " control character(s) (binary data?), the first on line " + firstRemoved + "; they were removed"));
        }
        return lines;
    }

    private void handle(IcsLine raw) {
        if (raw.text().isBlank()) {
            return;
        }
        IcsLine line = checked(raw);
        if (line == null) {
            return;
        }
        String name = line.name();
        if (name.equals("BEGIN")) {
            begin(line.rawValue().strip().toUpperCase(Locale.ROOT), line.line());
        } else if (name.equals("END")) {
            end(line.rawValue().strip().toUpperCase(Locale.ROOT), line.line());
        } else {
            property(line);
        }
    }

    /** The line as ical4j can read it, or null when it was joined to the line before or dropped. */
    private IcsLine checked(IcsLine line) {
        String t = line.text();
        if (CONTENT_LINE.matcher(t).matches()) {
            return line;
        }
        if (NAME_AND_SOMETHING.matcher(t).matches()) {
            String value = line.rawValue().isEmpty() ? t.substring(t.indexOf(':') + 1) : line.rawValue();
            lineWarning(line.line(), "the parameters of " + line.name() + " on line " + line.line()
                    + " cannot be read and were left out; its value was kept");
            return new IcsLine(line.line(), line.name() + ":" + value);
        }
        if (!open.isEmpty() && eventLines != null && TEXT_PROPERTIES.contains(lastPropertyName) && IcsText.looksLikeText(t)) {
            appendToLastLine(line);
            return null;
        }
        lineWarning(line.line(), "line " + line.line() + " is not an iCalendar property and was left out: \""
                + IcsText.shorten(t.strip(), 60) + "\"");
        return null;
    }

    /** A description broken by a raw line break: the rest of the text belongs to the property before. */
    private void appendToLastLine(IcsLine line) {
        joined++;
        firstJoined = firstJoined == 0 ? line.line() : firstJoined;
        out.setLength(out.length() - 2); // the CRLF after the line before
        out.append(' ').append(line.text().strip()).append("\r\n");
        IcsLine last = eventLines.remove(eventLines.size() - 1);
        eventLines.add(new IcsLine(last.line(), last.text() + " " + line.text().strip()));
    }

    private void begin(String component, int line) {
        if (component.isEmpty()) {
            lineWarning(line, "line " + line + " is a BEGIN with no component name and was left out");
            return;
        }
        if (open.isEmpty()) {
            openCalendar(component, line);
            if (component.equals(VCALENDAR)) {
                return;
            }
        } else if (component.equals(VCALENDAR)) {
            closeDownToCalendar(line);
            noteSeveralCalendars(line);
            return;
        }
        if (open.size() >= MAX_DEPTH) {
            lineWarning(line, "BEGIN:" + component + " on line " + line + " is nested too deep and was left out");
            return;
        }
        if (CALENDAR_COMPONENTS.contains(component)) {
            closeDownToCalendar(line);
        }
        open.push(new Open(component, line));
        emit("BEGIN:" + component, line);
        lastPropertyName = "";
        if (component.equals("VEVENT") && open.size() == 2) {
            eventLines = new ArrayList<>();
            eventLine = line;
        } else if (component.equals("VTIMEZONE") && open.size() == 2) {
            timezone = new StringBuilder("BEGIN:VTIMEZONE\r\n");
        }
    }

    /** Opens the one VCALENDAR everything is read into, reporting content outside it. */
    private void openCalendar(String component, int line) {
        if (!calendarSeen) {
            calendarSeen = true;
            if (!component.equals(VCALENDAR)) {
                problems.add(Problem.warning(Location.line(file, line), "the calendar does not start with BEGIN:VCALENDAR "
                        + "(line " + line + " is BEGIN:" + component + "); read as if it did"));
            }
            emit("BEGIN:VCALENDAR", line);
        } else if (component.equals(VCALENDAR)) {
            noteSeveralCalendars(line);
        } else {
            lineWarning(line, "BEGIN:" + component + " on line " + line + " comes after END:VCALENDAR; read as part of the calendar");
        }
        calendarEnded = false;
        open.push(new Open(VCALENDAR, line));
    }

    private void noteSeveralCalendars(int line) {
        if (!severalCalendars) {
            severalCalendars = true;
            problems.add(Problem.info(Location.line(file, line), "the file holds more than one VCALENDAR (the next begins on line "
                    + line + "); they are read as one program"));
        }
    }

    private void end(String component, int line) {
        boolean isOpen = open.stream().anyMatch(o -> o.name().equals(component));
        if (!isOpen) {
            lineWarning(line, "END:" + component + " on line " + line + " closes nothing that is open and was left out");
            return;
        }
        while (!open.peek().name().equals(component)) {
            closeTop(line, "before line " + line);
        }
        Open closing = open.pop();
        if (closing.name().equals(VCALENDAR)) {
            calendarEnded = true;
            return;
        }
        emit("END:" + component, line);
        afterClose(closing);
    }

    private void closeDownToCalendar(int line) {
        while (open.size() > 1) {
            closeTop(line, "before line " + line);
        }
    }

    private void closeTop(int line, String where) {
        Open top = open.pop();
        if (top.name().equals(VCALENDAR)) {
            return;
        }
        problems.add(Problem.warning(Location.line(file, top.line()), "BEGIN:" + top.name() + " on line " + top.line()
                + " has no END:" + top.name() + "; it was closed " + where));
        emit("END:" + top.name(), line);
        afterClose(top);
    }

    private void afterClose(Open closed) {
        if (open.size() == 1 && closed.name().equals("VEVENT") && eventLines != null) {
            events.add(new RawEvent(eventLine, eventLines));
            eventLines = null;
        } else if (open.size() == 1 && closed.name().equals("VTIMEZONE") && timezone != null) {
            timezones.add(timezone.toString());
            timezone = null;
        }
        lastPropertyName = "";
    }

    private void property(IcsLine line) {
        if (open.isEmpty()) {
            lineWarning(line.line(), "line " + line.line() + (calendarSeen ? " comes after END:VCALENDAR" : " comes before BEGIN:VCALENDAR")
                    + " and was left out");
            return;
        }
        emit(line.text(), line.line());
        lastPropertyName = line.name();
        if (open.size() == 1) {
            calendarProperties.add(line);
        } else if (open.size() == 2 && eventLines != null) {
            eventLines.add(line);
        }
    }

    private void emit(String text, int line) {
        if (outLines == fileLines.length) {
            fileLines = Arrays.copyOf(fileLines, outLines * 2);
        }
        fileLines[outLines++] = line;
        out.append(text).append("\r\n");
        if (timezone != null) {
            timezone.append(text).append("\r\n");
        }
    }

    private void finish() {
        int last = outLines == 0 ? 0 : fileLines[outLines - 1];
        while (open.size() > 1) {
            Open top = open.peek();
            problems.add(Problem.warning(Location.line(file, top.line()), "the file ends inside the " + top.name()
                    + " begun on line " + top.line() + " (cut off?); what it holds was read"));
            open.pop();
            emit("END:" + top.name(), last);
            afterClose(top);
        }
        if (!open.isEmpty() && !calendarEnded) {
            problems.add(Problem.warning(Location.line(file, last), "the file ends without END:VCALENDAR (cut off?); "
                    + "everything before was read"));
        }
        open.clear();
        if (calendarSeen) {
            emit("END:VCALENDAR", last);
        }
        if (joined > 0) {
            problems.add(Problem.warning(Location.line(file, firstJoined), joined + " line(s) are not iCalendar properties "
                    + "(the first is line " + firstJoined + "); each was read as more text of the property before it"));
        }
        if (suppressedWarnings > 0) {
            problems.add(Problem.warning(Location.of(file), suppressedWarnings + " more line(s) were repaired or left out"));
        }
    }

    private void lineWarning(int line, String message) {
        if (lineWarnings++ < MAX_LINE_WARNINGS) {
            problems.add(Problem.warning(Location.line(file, line), message));
        } else {
            suppressedWarnings++;
        }
    }
}
