package org.conferenceplanner.app;

import java.util.List;
import java.util.Optional;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.store.KnownProgram;
import org.conferenceplanner.store.ProgramLibrary;
import org.conferenceplanner.store.StoreException;
import org.conferenceplanner.ui.infra.Settings;
import org.conferenceplanner.ui.programs.KnownConference;
import org.conferenceplanner.ui.programs.ProgramHistory;
import org.conferenceplanner.ui.programs.RecentProgram;

/**
 * The window's {@link ProgramHistory} on the store's {@link ProgramLibrary}: an opened file is copied
 * into the data folder and reopened from the copy, so the Recent list and the next start work even
 * after the original moved. The built-in program is not copied (an app update brings a newer one);
 * a setting remembers when it was the last one open. Thread-safe; blocks on file I/O.
 */
final class LibraryProgramHistory implements ProgramHistory {

    static final String BUILT_IN_LAST = "program.builtInLast";
    static final int RECENT = 10;

    private final ProgramLibrary library;
    private final Settings settings;

    LibraryProgramHistory(ProgramLibrary library, Settings settings) {
        this.library = library;
        this.settings = settings;
    }

    @Override
    public List<RecentProgram> recent() {
        return library.recent(RECENT).stream().map(LibraryProgramHistory::recentOf).toList();
    }

    @Override
    public Optional<RecentProgram> last() {
        if (settings.getBoolean(BUILT_IN_LAST, false)) {
            return Optional.of(RecentProgram.embedded(""));
        }
        return library.lastOpened().map(LibraryProgramHistory::recentOf);
    }

    @Override
    public RecentProgram opened(RecentProgram program, Conference conference) {
        settings.putBoolean(BUILT_IN_LAST, program.isEmbedded());
        if (program.isEmbedded()) {
            return program;
        }
        try {
            return recentOf(library.add(program.file(), conference));
        } catch (StoreException e) {
            // The program is open; it just will not be kept for offline use.
            return new RecentProgram(conference.title(), program.file(), program.originalName());
        }
    }

    @Override
    public List<KnownConference> known() {
        return library.programs().stream().map(k -> new KnownConference(k.conferenceId(), k.title(), k.file())).toList();
    }

    private static RecentProgram recentOf(KnownProgram k) {
        return new RecentProgram(k.title(), k.file(), k.originalName());
    }
}
