package org.conferenceplanner.importer.sctext;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conferenceplanner.domain.Role;

/**
 * The labels of SC program page text ({@code SESSION:}, {@code TIME:}, {@code Presenter(s):} ...) and
 * the optional header labels this app adds ({@code CONFERENCE:}, {@code TIME ZONE:} ...). Labels are
 * matched case-insensitively, with "(S)" and a plural "S" ignored.
 */
enum ScLabel {
    SESSION, EVENT_TYPE, TIME, PEOPLE, ROOM, ABSTRACT, URL, EVID, DETAILS,
    CONFERENCE, VENUE, TIME_ZONE, SCHEDULE;

    /** A line that starts with a label: the label, the role (for people labels) and the text after the colon. */
    record Line(ScLabel label, Role role, String value) {
    }

    // A label is at most a few words of letters, spaces, slashes and "(s)", then a colon.
    private static final Pattern LABEL_LINE = Pattern.compile("^\\s*([A-Za-z][A-Za-z /()]{0,48}?)\\s*:(.*)$");
    private static final Pattern PEOPLE_LABEL =
            Pattern.compile("(?:PRIMARY |SECONDARY )?(?:SESSION LEADER|SESSION CHAIR|CHAIR|PRESENTER|SPEAKER|AUTHOR|MODERATOR|PANELIST)S?");
    private static final Map<String, ScLabel> FIXED = Map.ofEntries(
            Map.entry("SESSION", SESSION),
            Map.entry("EVENT TYPE", EVENT_TYPE),
            Map.entry("TIME", TIME),
            Map.entry("ROOM", ROOM),
            Map.entry("ABSTRACT", ABSTRACT),
            Map.entry("URL", URL),
            Map.entry("EVID", EVID),
            Map.entry("CONFERENCE", CONFERENCE),
            Map.entry("VENUE", VENUE),
            Map.entry("TIME ZONE", TIME_ZONE),
            Map.entry("SCHEDULE", SCHEDULE));

    /** True for the labels that open an event block right after its title line. */
    boolean startsBlock() {
        return this == SESSION || this == EVENT_TYPE || this == TIME;
    }

    boolean isHeader() {
        return this == CONFERENCE || this == VENUE || this == TIME_ZONE || this == SCHEDULE;
    }

    static Optional<Line> parse(String line) {
        Matcher m = LABEL_LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1).toUpperCase(Locale.ROOT).replace("(S)", "").replaceAll("\\s+", " ").strip();
        String value = m.group(2).strip();
        ScLabel fixed = FIXED.get(name);
        if (fixed != null) {
            return Optional.of(new Line(fixed, null, value));
        }
        if (PEOPLE_LABEL.matcher(name).matches()) {
            return Optional.of(new Line(PEOPLE, Role.parse(name), value));
        }
        if (name.endsWith("DETAILS") && value.isEmpty()) {
            // "Chair/Presenter Details": people listed there and nowhere else take the role after the slash
            String kind = name.substring(name.indexOf('/') + 1).replace("DETAILS", "").strip();
            return Optional.of(new Line(DETAILS, Role.parse(kind), ""));
        }
        return Optional.empty();
    }
}
