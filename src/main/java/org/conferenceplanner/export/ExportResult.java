package org.conferenceplanner.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.conferenceplanner.domain.ExportedState;
import org.conferenceplanner.domain.Plan;

/**
 * What an export produced.
 *
 * @param format    the format asked for
 * @param content   the file's text (.ics, .vcs, the HTML page) or, for Google and one session, the link
 * @param link      true when {@code content} is a single Google Calendar link rather than a file
 * @param written   calendar entries written (links for Google), cancellations included
 * @param cancelled of those, entries written as cancelled
 * @param notes     one sentence per session left out or not cancelled, for the user
 * @param states    the new export state per session id; store them in the plan ({@link #applyTo}) after a
 *                  whole-plan export, so the next one raises SEQUENCE and cancels correctly. Empty for
 *                  Google links, which cannot update a calendar.
 */
public record ExportResult(ExportFormat format, String content, boolean link, int written, int cancelled,
        List<String> notes, Map<String, ExportedState> states) {

    public ExportResult {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        notes = List.copyOf(notes);
        states = Map.copyOf(states);
    }

    /** The plan with this export's states recorded (others kept). */
    public Plan applyTo(Plan plan) {
        if (states.isEmpty()) {
            return plan;
        }
        Map<String, ExportedState> merged = new LinkedHashMap<>(plan.exports());
        merged.putAll(states);
        return plan.withExports(merged);
    }

    /** The file extension that suits {@link #content}: the format's, or {@code txt} for a single link. */
    public String extension() {
        return link ? "txt" : format.extension();
    }

    /** One line for the user: what was written, then what was left out. */
    public String summary() {
        String what = switch (format) {
            case GOOGLE -> link ? "1 Google Calendar link" : written + " Google Calendar link" + (written == 1 ? "" : "s");
            case ICS, VCS -> written + " calendar entr" + (written == 1 ? "y" : "ies")
                    + (cancelled > 0 ? " (" + cancelled + " cancelled)" : "");
        };
        return notes.isEmpty() ? what : what + "; " + notes.size() + " session" + (notes.size() == 1 ? "" : "s")
                + " left out";
    }
}
