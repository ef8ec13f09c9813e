package org.conferenceplanner.ui.programs;

import java.util.List;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.Severity;
import org.conferenceplanner.ui.infra.Messages;

/**
 * What the import report dialog shows for one file: a summary line and one row per problem
 * (severity, message, where). Never an exception or a stack trace. Immutable.
 *
 * @param failed true when the file could not be opened at all
 */
public record ImportReport(String file, String summary, List<Row> rows, boolean failed) {

    public ImportReport {
        rows = List.copyOf(rows);
    }

    /** One problem as the user reads it. */
    public record Row(Severity severity, String severityText, String message, String where) {
    }

    public static ImportReport of(ImportResult result, Messages m) {
        List<Row> rows = result.problems().stream().map(p -> row(p, m)).toList();
        String summary;
        if (!result.succeeded()) {
            summary = m.get("report.failed", result.file());
        } else {
            summary = m.get("report.summary", result.file(), result.conference().sessions().size(),
                    result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO));
        }
        return new ImportReport(result.file(), summary, rows, !result.succeeded());
    }

    private static Row row(Problem p, Messages m) {
        return new Row(p.severity(), m.get("severity." + p.severity().name().toLowerCase(java.util.Locale.ROOT)),
                p.message(), p.location().toString());
    }

    /** Errors and warnings: the problems worth telling the user about unasked. */
    public long serious() {
        return rows.stream().filter(r -> r.severity() != Severity.INFO).count();
    }
}
