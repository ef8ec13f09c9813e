package org.conferenceplanner.export;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The export service: turns a selection of sessions into an .ics or .vcs file, a Google Calendar link
 * or a page of links. Pure apart from reading the clock (for DTSTAMP and the export states); it writes
 * no file and touches no plan, so callers decide where the content goes and whether to store the
 * returned states. Thread-safe: one instance serves the window and the command line.
 */
public final class CalendarExporter {

    private final Clock clock;
    private final IcsWriter ics;
    private final VcsWriter vcs;

    /** @param productVersion the app's version, written into PRODID */
    public CalendarExporter(Clock clock, String productVersion) {
        this.clock = clock;
        String productId = "-//Conference Planner//Conference Planner " + productVersion + "//EN";
        this.ics = new IcsWriter(new ZoneDefinitions(), productId);
        this.vcs = new VcsWriter(productId);
    }

    public ExportResult export(ExportFormat format, ExportSelection selection, ExportOptions options) {
        Instant now = clock.instant();
        ExportBatch batch = ExportBatch.prepare(selection, options, now);
        return switch (format) {
            case ICS -> new ExportResult(format, ics.write(batch, options, now), false, batch.entries().size(),
                    (int) batch.cancelledCount(), batch.notes(), batch.states());
            case VCS -> new ExportResult(format, vcs.write(batch, options, now), false, batch.entries().size(),
                    (int) batch.cancelledCount(), batch.notes(), batch.states());
            case GOOGLE -> google(batch, options, !selection.cancelsDropped());
        };
    }

    /**
     * Links only for live sessions: a link can add an event but never remove one. One chosen session
     * gives its link; several, or a plan, give the page.
     */
    private static ExportResult google(ExportBatch batch, ExportOptions options, boolean chosen) {
        List<CalendarEntry> live = new ArrayList<>();
        List<String> notes = new ArrayList<>(batch.notes());
        for (CalendarEntry e : batch.entries()) {
            if (e.status() == EntryStatus.CONFIRMED) {
                live.add(e);
            } else if (e.status() == EntryStatus.CANCELLED_BY_ORGANISERS) {
                notes.add("\"" + e.session().title() + "\" (" + e.session().id()
                        + ") is cancelled by the organisers: no link.");
            }
        }
        if (chosen && live.size() == 1) {
            return new ExportResult(ExportFormat.GOOGLE, GoogleCalendarLink.of(live.get(0), batch.conference().zone()),
                    true, 1, 0, notes, Map.of());
        }
        String heading = options.calendarName().isEmpty() ? batch.conference().title() : options.calendarName();
        return new ExportResult(ExportFormat.GOOGLE, GoogleLinksPage.render(heading, batch.conference().zone(), live),
                false, live.size(), 0, notes, Map.of());
    }
}
