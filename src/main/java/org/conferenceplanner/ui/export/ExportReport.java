package org.conferenceplanner.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an export wrote, as the window reports it. Immutable.
 *
 * @param headline what was written where ("2 calendar entries written to SC12 plan.ics"), or that nothing was
 * @param details  further facts: cancellations, the folder, picks this export did not cover
 * @param leftOut  one sentence per session left out, with the reason (no date yet, gone from the program…)
 * @param file     the file written; empty when nothing was
 */
public record ExportReport(String headline, List<String> details, List<String> leftOut, Optional<Path> file) {

    public ExportReport {
        Objects.requireNonNull(headline, "headline");
        details = List.copyOf(details);
        leftOut = List.copyOf(leftOut);
        Objects.requireNonNull(file, "file");
    }
}
