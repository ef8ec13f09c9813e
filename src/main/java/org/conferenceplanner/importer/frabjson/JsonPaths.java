package org.conferenceplanner.importer.frabjson;

import java.util.regex.Pattern;

/**
 * Paths into a schedule JSON for problem locations, written the way a reader would type them:
 * {@code schedule.conference.days[2].rooms["Saal 1"][3]}. Indexes count from 0, as in JSON paths.
 */
final class JsonPaths {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private JsonPaths() {
    }

    static String field(String parent, String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return parent.isEmpty() ? name : parent + "." + name;
        }
        return key(parent, name);
    }

    /** A key that is data rather than a field name (a room name), always quoted. */
    static String key(String parent, String key) {
        return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
