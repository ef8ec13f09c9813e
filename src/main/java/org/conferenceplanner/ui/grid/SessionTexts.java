package org.conferenceplanner.ui.grid;

import java.time.ZoneId;
import java.util.Locale;
import org.conferenceplanner.domain.Session;

/**
 * What a session cell says: its visible text and the accessible text a screen reader reads (title,
 * day and time in the grid's zone, room, and whether it is planned, collides with the plan or is
 * cancelled). Immutable.
 */
public final class SessionTexts {

    private final ZoneLabels labels;

    public SessionTexts(Locale locale) {
        this.labels = new ZoneLabels(locale);
    }

    /** The text inside the block. */
    public String cellText(Session s) {
        return s.title().isEmpty() ? s.id() : s.title();
    }

    /** E.g. "OpenOnload, Wed 14 Nov 10:30–11:00, 255-EF, planned". */
    public String accessibleText(Session s, ZoneId zone, boolean planned, boolean conflict) {
        return accessibleText(s, zone, planned, false, conflict);
    }

    /** As above; a maybe pick reads "planned as maybe". */
    public String accessibleText(Session s, ZoneId zone, boolean planned, boolean maybe, boolean conflict) {
        StringBuilder text = new StringBuilder(cellText(s));
        if (s.isScheduled()) {
            text.append(", ").append(labels.date(s.start().atZone(zone).toLocalDate()))
                    .append(' ').append(labels.clock(s.start(), zone))
                    .append('\u2013').append(labels.clock(s.end(), zone));
        }
        if (!s.room().isEmpty()) {
            text.append(", ").append(s.room());
        }
        if (planned) {
            text.append(maybe ? ", planned as maybe" : ", planned");
        }
        if (conflict) {
            text.append(", collides with plan");
        }
        if (s.cancelled()) {
            text.append(", cancelled");
        }
        return text.toString();
    }
}
