package org.conferenceplanner.ui.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A history that lasts as long as the process: tests, and a first start before anything is saved. */
public final class InMemoryProgramHistory implements ProgramHistory {

    static final int MAX = 10;

    private final List<RecentProgram> recent = new ArrayList<>();

    @Override
    public List<RecentProgram> recent() {
        return List.copyOf(recent);
    }

    @Override
    public Optional<RecentProgram> last() {
        return recent.isEmpty() ? Optional.empty() : Optional.of(recent.get(0));
    }

    @Override
    public RecentProgram opened(RecentProgram program) {
        recent.removeIf(r -> Objects.equals(r.file(), program.file()));
        recent.add(0, program);
        while (recent.size() > MAX) {
            recent.remove(recent.size() - 1);
        }
        return program;
    }
}
