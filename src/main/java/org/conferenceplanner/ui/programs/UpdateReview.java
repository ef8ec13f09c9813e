package org.conferenceplanner.ui.programs;

import java.util.List;
import java.util.Objects;
import org.conferenceplanner.planner.FieldChange;
import org.conferenceplanner.planner.ReconcileReport;
import org.conferenceplanner.planner.SessionUpdate;
import org.conferenceplanner.ui.infra.Messages;

/**
 * What a newer version of a program did to the user's picks, as the update dialog shows it: one row
 * per pick that changed, was cancelled or vanished, each with its changes as "Field: old → new".
 * Immutable.
 *
 * @param summary one sentence with the counts
 * @param rows    the picks to review, in plan order
 */
public record UpdateReview(String summary, List<Row> rows) {

    /**
     * @param planId  the pick's id in the plan now: what to drop when the user unticks it
     * @param title   the session's title as the plan knew it
     * @param status  "Changed", "Cancelled" or "No longer in the program…"
     * @param changes "Room: Hall A → Hall C", one per changed field
     */
    public record Row(String planId, String title, String status, List<String> changes) {
        public Row {
            Objects.requireNonNull(planId, "planId");
            changes = List.copyOf(changes);
        }
    }

    public UpdateReview {
        rows = List.copyOf(rows);
    }

    public static UpdateReview of(String conferenceTitle, ReconcileReport report, Messages m) {
        List<Row> rows = report.updates().stream().filter(SessionUpdate::isNews).map(u -> new Row(u.planId(),
                u.before().title().isEmpty() ? u.oldId() : u.before().title(),
                m.get("update.status." + u.status().name()),
                u.changes().stream().map(c -> change(c, m)).toList())).toList();
        String summary = m.get("update.summary", conferenceTitle, report.changed().size(), report.cancelled().size(),
                report.vanished().size());
        return new UpdateReview(summary, rows);
    }

    private static String change(FieldChange c, Messages m) {
        return m.get("update.change", m.get("update.field." + c.field().name()), c.before(), c.after());
    }
}
