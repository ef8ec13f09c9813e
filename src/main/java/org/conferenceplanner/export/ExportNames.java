package org.conferenceplanner.export;

import java.util.regex.Pattern;
import org.conferenceplanner.domain.Conference;

/**
 * Names an export offers by default: the plan's calendar name ("SC12 plan") and its file name
 * ("SC12 plan.ics"), safe on every file system. Stateless.
 */
public final class ExportNames {

    private static final Pattern UNSAFE_IN_FILE_NAMES = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]+");
    private static final int MAX_SHORT_TITLE = 40;

    private ExportNames() {
    }

    /** The conference's short name: its title up to " - " ("SC12 - The International ..." gives "SC12"). */
    public static String shortTitle(Conference conference) {
        String title = CalendarText.oneLine(conference.title());
        int dash = title.indexOf(" - ");
        String shortTitle = dash > 0 ? title.substring(0, dash) : title;
        if (shortTitle.isEmpty()) {
            shortTitle = conference.id();
        }
        return shortTitle.length() > MAX_SHORT_TITLE ? shortTitle.substring(0, MAX_SHORT_TITLE).strip() : shortTitle;
    }

    public static String planName(Conference conference) {
        return shortTitle(conference) + " plan";
    }

    /** "SC12 plan.ics"; for one session its title ("The OpenOnload User-level Network Stack.ics"). */
    public static String fileName(String base, ExportFormat format) {
        String safe = UNSAFE_IN_FILE_NAMES.matcher(CalendarText.oneLine(base)).replaceAll(" ").strip();
        if (safe.length() > 80) {
            safe = safe.substring(0, 80).strip();
        }
        while (safe.startsWith(".")) {
            safe = safe.substring(1);
        }
        return (safe.isEmpty() ? "calendar" : safe) + "." + format.extension();
    }
}
