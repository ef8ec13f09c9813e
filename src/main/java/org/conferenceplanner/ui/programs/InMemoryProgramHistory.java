package org.conferenceplanner.ui.programs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.conferenceplanner.domain.Conference;

/** A history that lasts as long as the process: tests, and when the data folder cannot be used. Thread-safe. */
public final class InMemoryProgramHistory implements ProgramHistory {

    static final int MAX = 10;

    private final List<RecentProgram> recent = new ArrayList<>();
    private final Map<String, KnownConference> known = new LinkedHashMap<>();

    @Override
    public synchronized List<RecentProgram> recent() {
        return List.copyOf(recent);
    }

    @Override
    public synchronized Optional<RecentProgram> last() {
        return recent.isEmpty() ? Optional.empty() : Optional.of(recent.get(0));
    }

    @Override
    public synchronized RecentProgram opened(RecentProgram program, Conference conference) {
        RecentProgram named = new RecentProgram(conference.title(), program.file(), program.originalName());
        recent.removeIf(r -> Objects.equals(r.file(), program.file()));
        recent.add(0, named);
        if (program.file() != null) {
            known.put(conference.id(), new KnownConference(conference.id(), conference.title(), program.file()));
        }
        while (recent.size() > MAX) {
            recent.remove(recent.size() - 1);
        }
        return named;
    }

    @Override
    public synchronized List<KnownConference> known() {
        return List.copyOf(known.values());
    }
}
