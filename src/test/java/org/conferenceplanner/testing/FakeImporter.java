package org.conferenceplanner.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.ProgramImporter;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.ProgramReader;

/**
 * Reads "FAKE:sc12", "FAKE:fosdem" or "FAKE:warnings" files into the synthetic conferences, so
 * view-model tests can go through the real {@link ProgramReader} without depending on an importer.
 */
public final class FakeImporter implements ProgramImporter {

    public static ProgramReader reader() {
        return new ProgramReader(List.of(new FakeImporter()), ImportLimits.defaults());
    }

    @Override
    public ProgramFormat format() {
        return ProgramFormat.SC_TEXT;
    }

    @Override
    public boolean recognizes(String head) {
        return head.startsWith("FAKE:");
    }

    @Override
    public ImportResult read(ProgramInput input) {
        String which = new String(input.bytes(), StandardCharsets.UTF_8).strip().substring(5);
        Conference c = which.equals("fosdem") ? SyntheticPrograms.fosdemLike() : SyntheticPrograms.sc12Like();
        List<Problem> problems = which.equals("warnings")
                ? List.of(Problem.warning(Location.line(input.name(), 12), "a session had no room; kept without one"),
                        Problem.info(Location.of(input.name()), "zone guessed from the venue"))
                : List.of();
        return new ImportResult(input.name(), format(), c, problems, c.sessions().size(), 0, 0);
    }
}
