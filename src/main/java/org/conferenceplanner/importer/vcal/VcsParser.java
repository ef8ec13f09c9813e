package org.conferenceplanner.importer.vcal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.ical.IcsText;

/**
 * Reads the lines of a vCalendar 1.0 file into its calendars and events. Lenient: quoted-printable
 * values continue over soft line breaks, folded lines are joined, a stray prose line joins the
 * DESCRIPTION before it, other unreadable lines are left out, and missing ENDs are supplied, each with a
 * problem naming the line. One instance per file; not thread-safe.
 */
final class VcsParser {

    static final int MAX_LINE_WARNINGS = 20;

    private static final Pattern PROPERTY = Pattern.compile("([A-Za-z0-9-]++)((?:;[^:;]*+)*+):(.*+)", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Set<String> TEXT_PROPERTIES = Set.of("DESCRIPTION");

    /** What the file holds. */
    record Parsed(boolean hasCalendar, int calendars, List<VcsProperty> calendarProperties, List<VcsEvent> events) {
    }

    private record Open(String name, int line) {
    }

    private final String file;
    private final List<Problem> problems;
    private int lineWarnings;
    private int suppressed;
    private int controlCharacters;
    private int firstControlLine;

    private final Deque<Open> open = new ArrayDeque<>();
    private final List<VcsProperty> calendarProperties = new ArrayList<>();
    private final List<VcsEvent> events = new ArrayList<>();
    private List<VcsProperty> eventProperties;
    private int eventLine;
    private int calendars;
    private int eventsInCalendar;
    private boolean calendarSeen;

    VcsParser(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** @param flat whether the lines were split from the flat form, where soft line breaks are already joined */
    Parsed parse(List<VcsLine> lines, boolean flat) {
        for (VcsProperty p : properties(lines, flat)) {
            structure(p);
        }
        finish();
        return new Parsed(calendarSeen, calendars, calendarProperties, events);
    }

    private List<VcsProperty> properties(List<VcsLine> lines, boolean flat) {
        List<VcsProperty> out = new ArrayList<>();
        Pending pending = null;
        for (VcsLine l : lines) {
            String t = withoutControls(l);
            if (!flat && pending != null && pending.continuesOnNextLine() && !t.startsWith("END:") && !t.startsWith("BEGIN:")) {
                pending.value.append('\n').append(t);
                continue;
            }
            if (t.isBlank()) {
                continue;
            }
            if (pending != null && (t.charAt(0) == ' ' || t.charAt(0) == '\t')) {
                pending.value.append(t);
                continue;
            }
            Matcher m = PROPERTY.matcher(t);
            if (m.matches()) {
                if (pending != null) {
                    out.add(pending.build());
                }
                pending = new Pending(l.line(), m.group(1).toUpperCase(Locale.ROOT), parameters(m.group(2)), m.group(3));
            } else if (pending != null && TEXT_PROPERTIES.contains(pending.name) && IcsText.looksLikeText(t)) {
                pending.value.append(pending.qp ? "=0A" : "\n").append(t);
                lineWarning(l.line(), "line " + l.line() + " is not a vCalendar property; it was read as more text of "
                        + pending.name + " on line " + pending.line);
            } else {
                lineWarning(l.line(), "line " + l.line() + " is not a vCalendar property and was left out: \""
                        + IcsText.shorten(t.strip(), 60) + "\"");
            }
        }
        if (pending != null) {
            out.add(pending.build());
        }
        if (controlCharacters > 0) {
            problems.add(Problem.warning(Location.line(file, firstControlLine), "the file holds " + controlCharacters
                    + " control character(s) (binary data?), the first on line " + firstControlLine + "; they were removed"));
        }
        return out;
    }

    private String withoutControls(VcsLine l) {
        String t = CONTROL.matcher(l.text()).replaceAll("");
        if (t.length() != l.text().length()) {
            controlCharacters += l.text().length() - t.length();
            firstControlLine = firstControlLine == 0 ? l.line() : firstControlLine;
        }
        return t;
    }

    private static Map<String, String> parameters(String section) {
        Map<String, String> params = new HashMap<>();
        for (String p : section.split(";")) {
            if (p.isBlank()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq < 0) {
                params.put(VcsProperty.nameOfBareParameter(p.strip()), p.strip());
            } else {
                params.put(p.substring(0, eq).strip().toUpperCase(Locale.ROOT), p.substring(eq + 1).strip());
            }
        }
        return params;
    }

    private void structure(VcsProperty p) {
        String value = p.rawValue().strip().toUpperCase(Locale.ROOT);
        if (p.name().equals("BEGIN")) {
            begin(value, p.line());
        } else if (p.name().equals("END")) {
            end(value, p.line());
        } else if (open.isEmpty()) {
            lineWarning(p.line(), p.name() + " on line " + p.line() + " is outside any VCALENDAR and was left out");
        } else if (open.size() == 1) {
            calendarProperties.add(p);
        } else if (open.size() == 2 && eventProperties != null) {
            eventProperties.add(p);
        }
    }

    private void begin(String component, int line) {
        if (component.equals("VCALENDAR")) {
            closeAll(line);
            startCalendar(line);
            return;
        }
        if (open.isEmpty()) {
            problems.add(Problem.warning(Location.line(file, line), "BEGIN:" + component + " on line " + line
                    + " is not inside a VCALENDAR; read as if it were"));
            startCalendar(line);
        }
        while (open.size() > 1) {
            closeTop(line);
        }
        open.push(new Open(component, line));
        if (component.equals("VEVENT")) {
            eventProperties = new ArrayList<>();
            eventLine = line;
        }
    }

    private void startCalendar(int line) {
        calendarSeen = true;
        calendars++;
        eventsInCalendar = 0;
        open.push(new Open("VCALENDAR", line));
    }

    private void end(String component, int line) {
        if (open.stream().noneMatch(o -> o.name().equals(component))) {
            lineWarning(line, "END:" + component + " on line " + line + " closes nothing that is open and was left out");
            return;
        }
        while (!open.peek().name().equals(component)) {
            closeTop(line);
        }
        closed(open.pop());
    }

    private void closeAll(int line) {
        while (!open.isEmpty()) {
            if (open.size() > 1) {
                closeTop(line);
            } else {
                Open calendar = open.pop();
                problems.add(Problem.warning(Location.line(file, calendar.line()), "the VCALENDAR begun on line "
                        + calendar.line() + " has no END:VCALENDAR; it was closed before line " + line));
            }
        }
    }

    private void closeTop(int line) {
        Open top = open.pop();
        problems.add(Problem.warning(Location.line(file, top.line()), "BEGIN:" + top.name() + " on line " + top.line()
                + " has no END:" + top.name() + "; it was closed before line " + line));
        closed(top);
    }

    private void closed(Open component) {
        if (component.name().equals("VEVENT") && eventProperties != null) {
            eventsInCalendar++;
            events.add(new VcsEvent(eventLine, "VCALENDAR[" + calendars + "]/VEVENT[" + eventsInCalendar + "]", eventProperties));
            eventProperties = null;
        }
    }

    private void finish() {
        while (!open.isEmpty()) {
            Open top = open.pop();
            problems.add(Problem.warning(Location.line(file, top.line()), "the file ends inside the " + top.name()
                    + " begun on line " + top.line() + " (cut off?); what it holds was read"));
            closed(top);
        }
        if (suppressed > 0) {
            problems.add(Problem.warning(Location.of(file), suppressed + " more line(s) were repaired or left out"));
        }
    }

    private void lineWarning(int line, String message) {
        if (lineWarnings++ < MAX_LINE_WARNINGS) {
            problems.add(Problem.warning(Location.line(file, line), message));
        } else {
            suppressed++;
        }
    }

    /** A property being read; its value may go on over further lines. */
    private static final class Pending {
        private final int line;
        private final String name;
        private final Map<String, String> parameters;
        private final StringBuilder value;
        private final boolean qp;

        Pending(int line, String name, Map<String, String> parameters, String value) {
            this.line = line;
            this.name = name;
            this.parameters = parameters;
            this.value = new StringBuilder(value);
            this.qp = "QUOTED-PRINTABLE".equalsIgnoreCase(parameters.getOrDefault("ENCODING", ""));
        }

        /** A quoted-printable value ending in "=" (a soft line break) goes on on the next line. */
        boolean continuesOnNextLine() {
            int end = value.length();
            while (end > 0 && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
                end--;
            }
            return qp && end > 0 && value.charAt(end - 1) == '=';
        }

        VcsProperty build() {
            return new VcsProperty(line, name, parameters, value.toString());
        }
    }
}
