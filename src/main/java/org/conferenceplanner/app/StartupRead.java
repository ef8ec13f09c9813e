package org.conferenceplanner.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramFiles;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.store.AppDirectories;
import org.conferenceplanner.store.ProgramLibrary;
import org.conferenceplanner.store.SettingsStore;
import org.conferenceplanner.ui.programs.ProgramHistory;
import org.conferenceplanner.ui.programs.RecentProgram;

/**
 * The disk work of a window start, begun on its own thread before the window is built: the settings,
 * the program library, and the program the window will open (the file given, else the one opened
 * last, else the built-in one: the choice {@code ProgramsViewModel.start} makes). The settings are
 * read at once (the window needs them); the program is read once the window has been shown
 * ({@link #windowShown}): measured on a loaded 2-core machine, reading it while the window was built
 * took the CPU the window needed (window mapped 0.6 s later, grid no sooner), so the window comes first.
 *
 * <p>The program read here is handed over by {@link #programs()} to the first read that asks for the
 * same file or resource; any other first read drops it (a guess that missed costs only the work).
 * Thread-safe.
 */
final class StartupRead {

    private final CompletableFuture<StoredSettings> settings = new CompletableFuture<>();
    private final CompletableFuture<ProgramHistory> history = new CompletableFuture<>();
    private final CompletableFuture<Void> shown = new CompletableFuture<>();
    private final AppDirectories dirs;
    private final Prefetched programs;

    private StartupRead(AppDirectories dirs, ProgramReader reader, CompletableFuture<Guess> guess) {
        this.dirs = dirs;
        this.programs = new Prefetched(reader, guess);
    }

    /** The program read at start and what was asked for: a file, or else the resource; null when none was read. */
    private record Guess(Path file, String resource, ImportResult result) {
    }

    /**
     * Starts reading on a new daemon thread.
     *
     * @param files    the program file the window was started with, or none
     * @param resource the built-in program's class-path resource
     */
    static StartupRead begin(AppDirectories dirs, List<String> files, ProgramReader reader, String resource,
            String resourceName, Clock clock) {
        // Only the reading thread and the reader hold the guess, so it is dropped once taken.
        CompletableFuture<Guess> guess = new CompletableFuture<>();
        StartupRead read = new StartupRead(dirs, reader, guess);
        Thread t = new Thread(() -> read.run(files, reader, resource, resourceName, clock, guess), "startup-read");
        t.setDaemon(true);
        t.start();
        return read;
    }

    /** The window is on screen: the program may be read now. Any thread. */
    void windowShown() {
        shown.complete(null);
    }

    AppDirectories directories() {
        return dirs;
    }

    /** The settings; waits until they are read. */
    StoredSettings settings() {
        return settings.join();
    }

    /** The program history on the library in the data directory; waits until it is made. */
    ProgramHistory history() {
        return history.join();
    }

    /** The reader the window opens programs with. */
    ProgramFiles programs() {
        return programs;
    }

    private void run(List<String> files, ProgramReader reader, String resource, String resourceName,
            Clock clock, CompletableFuture<Guess> guess) {
        ProgramHistory h;
        try {
            StoredSettings s = new StoredSettings(new SettingsStore(dirs.settingsFile()));
            settings.complete(s);
            h = new LibraryProgramHistory(new ProgramLibrary(dirs.programsDir(), clock), s);
            history.complete(h);
        } catch (RuntimeException | Error e) {
            settings.completeExceptionally(e);
            history.completeExceptionally(e);
            guess.complete(null);
            throw e;
        }
        shown.join();
        try {
            Optional<Path> file = files.size() == 1 ? Optional.of(Path.of(files.get(0)))
                    : h.last().filter(last -> !last.isEmbedded()).map(RecentProgram::file);
            guess.complete(file.isPresent()
                    ? new Guess(Prefetched.normal(file.get()), null, reader.read(file.get()))
                    : new Guess(null, resource, reader.readResource(resource, resourceName)));
        } catch (RuntimeException e) {
            // The window reads it again and reports what is wrong.
            guess.complete(null);
        }
    }

    /** The window's reader: the first read gets the program read at start when it asks for the same one. */
    static final class Prefetched implements ProgramFiles {

        private final ProgramReader reader;
        /** The guess until the first read takes it; then null, so that a guess nobody wanted is not kept. */
        private CompletableFuture<Guess> untaken;

        private Prefetched(ProgramReader reader, CompletableFuture<Guess> guess) {
            this.reader = Objects.requireNonNull(reader, "reader");
            this.untaken = guess;
        }

        @Override
        public ImportResult read(Path file) {
            return take(normal(file), null).orElseGet(() -> reader.read(file));
        }

        @Override
        public ImportResult readResource(String resource, String displayName) {
            return take(null, resource).orElseGet(() -> reader.readResource(resource, displayName));
        }

        /** The guessed program when it is the one asked for; the first read only, whatever it asks for. */
        private Optional<ImportResult> take(Path file, String resource) {
            CompletableFuture<Guess> pending;
            synchronized (this) {
                pending = untaken;
                untaken = null;
            }
            if (pending == null) {
                return Optional.empty();
            }
            Guess g = pending.join();
            if (g == null || !Objects.equals(g.file(), file) || !Objects.equals(g.resource(), resource)) {
                return Optional.empty();
            }
            return Optional.of(g.result());
        }

        private static Path normal(Path file) {
            return file.toAbsolutePath().normalize();
        }
    }
}
