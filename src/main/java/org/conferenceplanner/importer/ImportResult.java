package org.conferenceplanner.importer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ProgramFormat;

/**
 * What an import gives: the conference (absent when the file could not be read at all) and every
 * problem noticed. The accounting invariant: {@code eventsInFile == sessions + refused + merged}, and
 * every refused or merged event has a problem naming it.
 *
 * @param format       the detected format, null when the content matched none
 * @param eventsInFile events the file holds as the importer counted them
 * @param refused      events that could not be kept (each has an ERROR problem)
 * @param merged       events folded into another one (duplicates; each has a WARNING problem)
 */
public record ImportResult(
        String file,
        ProgramFormat format,
        Conference conference,
        List<Problem> problems,
        int eventsInFile,
        int refused,
        int merged) {

    public ImportResult {
        Objects.requireNonNull(file, "file");
        problems = List.copyOf(problems);
    }

    /** A file that could not be imported at all. */
    public static ImportResult failed(String file, ProgramFormat format, Problem reason) {
        return new ImportResult(file, format, null, List.of(reason), 0, 0, 0);
    }

    public boolean succeeded() {
        return conference != null;
    }

    public Optional<Conference> conferenceIfAny() {
        return Optional.ofNullable(conference);
    }

    /** The first ERROR problem: the reason a failed import failed. */
    public Optional<Problem> firstError() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).findFirst();
    }

    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
