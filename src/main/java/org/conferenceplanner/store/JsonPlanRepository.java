package org.conferenceplanner.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.planner.LoadReport;
import org.conferenceplanner.planner.PlanRepository;
import org.conferenceplanner.planner.StorageNotice;
import org.conferenceplanner.planner.StorageNotice.Kind;
import org.conferenceplanner.store.PlanLock.Acquired;
import org.conferenceplanner.store.PlanLock.HeldElsewhere;
import org.conferenceplanner.store.PlanLock.Unwritable;
import org.conferenceplanner.store.dto.PlanFileDto;

/**
 * Plans as JSON files, one per conference ({@code <plansDir>/<conference>.json}, backup {@code .bak},
 * lock {@code .lock}). {@link #save} returns at once; the plan is written at most {@code debounce}
 * later on the repository's own saver thread, and {@link #flush} writes it now (call it on exit). Every
 * write is atomic and keeps the previous file as the backup. The first open of a conference takes its
 * lock; without the lock (another copy of the app), a newer file version or a read-only folder the plan
 * is shown and can be changed in memory, but nothing is written, and the {@link LoadReport} says why.
 *
 * <p>Thread-safe. {@link #open}, {@link #load} and {@link #flush} block on file I/O.
 */
public final class JsonPlanRepository implements PlanRepository, AutoCloseable {

    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(500);

    private final Path dir;
    private final Clock clock;
    private final Duration debounce;
    private final FileWriter writer;
    private final PlanCodec codec = new PlanCodec();
    private final PlanLoader loader;
    private final ScheduledExecutorService saver;
    private final Map<String, OpenPlan> plans = new LinkedHashMap<>();
    private final List<Consumer<StorageNotice>> listeners = new CopyOnWriteArrayList<>();
    private boolean closed;

    public JsonPlanRepository(Path plansDir, Clock clock) {
        this(plansDir, clock, DEFAULT_DEBOUNCE);
    }

    public JsonPlanRepository(Path plansDir, Clock clock, Duration debounce) {
        this(plansDir, clock, debounce, AtomicFiles::write);
    }

    JsonPlanRepository(Path plansDir, Clock clock, Duration debounce, FileWriter writer) {
        this.dir = plansDir;
        this.clock = clock;
        this.debounce = debounce;
        this.writer = writer;
        this.loader = new PlanLoader(codec, clock);
        this.saver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "plan-saver");
            t.setDaemon(true);
            return t;
        });
    }

    public Path dir() {
        return dir;
    }

    @Override
    public LoadReport open(String conferenceId) {
        return openPlan(conferenceId).report();
    }

    @Override
    public Plan load(String conferenceId) {
        return open(conferenceId).plan();
    }

    @Override
    public Plan peek(String conferenceId) {
        OpenPlan open;
        synchronized (this) {
            open = plans.get(conferenceId);
        }
        if (open != null) {
            synchronized (open) {
                return open.current;
            }
        }
        return loader.load(conferenceId, PlanPaths.of(dir, conferenceId), false).plan();
    }

    @Override
    public void save(Plan plan) {
        OpenPlan p = openPlan(plan.conferenceId());
        synchronized (p) {
            p.current = plan;
            if (!p.writable) {
                return;
            }
            p.dirty = true;
            if (!p.scheduled) {
                p.scheduled = true;
                saver.schedule(() -> write(p), debounce.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    @Override
    public void flush() {
        List<OpenPlan> all;
        synchronized (this) {
            all = new ArrayList<>(plans.values());
        }
        for (OpenPlan p : all) {
            write(p);
        }
    }

    @Override
    public void addNoticeListener(Consumer<StorageNotice> listener) {
        listeners.add(listener);
    }

    /** Writes what is pending, releases the locks and stops the saver thread. */
    @Override
    public void close() {
        flush();
        synchronized (this) {
            closed = true;
            for (OpenPlan p : plans.values()) {
                if (p.lock != null) {
                    p.lock.close();
                }
            }
            plans.clear();
        }
        // Everything is written; a delayed write still queued must not run after the locks are gone.
        saver.shutdownNow();
    }

    private synchronized OpenPlan openPlan(String conferenceId) {
        if (closed) {
            throw new IllegalStateException("the plan repository is closed");
        }
        OpenPlan p = plans.get(conferenceId);
        if (p == null) {
            p = openFromDisk(conferenceId);
            plans.put(conferenceId, p);
        }
        return p;
    }

    private OpenPlan openFromDisk(String id) {
        PlanPaths paths = PlanPaths.of(dir, id);
        PlanLock.Attempt attempt = PlanLock.tryAcquire(paths.lock());
        if (attempt instanceof Acquired a) {
            // A lock file left by an earlier run can be opened in a folder that became read-only since.
            IOException refused = probeWritable(paths.dir());
            if (refused != null) {
                a.lock().close();
                attempt = new Unwritable(refused);
            }
        }
        PlanLock lock = attempt instanceof Acquired a ? a.lock() : null;
        if (lock != null) {
            deleteLeftoverTemporaries(paths);
        }
        PlanLoader.Loaded loaded = loader.load(id, paths, lock != null);
        List<StorageNotice> notices = new ArrayList<>(loaded.notices());
        if (attempt instanceof HeldElsewhere h) {
            notices.add(new StorageNotice(id, Kind.READ_ONLY_LOCKED, "Another copy of Conference Planner"
                    + (h.holder().isEmpty() ? "" : " (process " + h.holder() + ")") + " has the plan for " + id
                    + " open. It is shown read-only here: changes made in this copy are not saved. "
                    + "Close the other copy and open the program again to edit the plan."));
        } else if (attempt instanceof Unwritable u) {
            notices.add(new StorageNotice(id, Kind.READ_ONLY_DISK, "The plan for " + id + " cannot be saved in "
                    + paths.dir() + ": " + DiskMessages.reason(u.cause()) + ". You can go on planning, but changes "
                    + "are kept only until the app closes."));
        }
        boolean writable = lock != null && !loaded.readOnly();
        OpenPlan p = new OpenPlan(id, paths, lock, writable, loaded.carry(), loaded.plan(), notices);
        if (writable && loaded.needsWrite()) {
            p.dirty = true;
            write(p);
        }
        return p;
    }

    private void write(OpenPlan p) {
        synchronized (p.writeLock) {
            Plan snapshot;
            synchronized (p) {
                p.scheduled = false;
                if (!p.dirty || !p.writable) {
                    return;
                }
                snapshot = p.current;
                p.dirty = false;
            }
            try {
                writer.write(p.paths.main(), codec.encode(snapshot, p.carry, clock.instant()), p.paths.backup());
                if (p.failing) {
                    p.failing = false;
                    tell(p, new StorageNotice(p.id, Kind.SAVED_AGAIN, "Your plan for " + p.id + " is saved again to "
                            + p.paths.main() + "."));
                }
            } catch (IOException | RuntimeException e) {
                synchronized (p) {
                    p.dirty = true;
                }
                if (!p.failing) {
                    p.failing = true;
                    tell(p, new StorageNotice(p.id, Kind.SAVE_FAILED, "Your plan for " + p.id + " could not be saved to "
                            + p.paths.main() + ": " + DiskMessages.reason(e)
                            + ". Your changes are kept in memory and saving is tried again with the next change; "
                            + "make room on the disk or start with another --data-dir to keep them."));
                }
            }
        }
    }

    private void tell(OpenPlan p, StorageNotice notice) {
        synchronized (p) {
            p.lastWriteNotice = notice;
        }
        for (Consumer<StorageNotice> l : listeners) {
            l.accept(notice);
        }
    }

    private static IOException probeWritable(Path dir) {
        try {
            Files.delete(Files.createTempFile(dir, ".probe", AtomicFiles.TEMP_MARK));
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    /** Temporary files of a write that a crash interrupted; only the lock holder may remove them. */
    private static void deleteLeftoverTemporaries(PlanPaths paths) {
        String prefix = paths.main().getFileName().toString();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(paths.dir(), prefix + "*" + AtomicFiles.TEMP_MARK + "*")) {
            for (Path leftover : stream) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            // leftovers cost only disk space
        }
    }

    /** One conference's plan while the app runs. Fields guarded by the instance; writes by {@code writeLock}. */
    private static final class OpenPlan {
        final String id;
        final PlanPaths paths;
        final PlanLock lock;
        final boolean writable;
        final PlanFileDto carry;
        final List<StorageNotice> openNotices;
        final Object writeLock = new Object();
        Plan current;
        boolean dirty;
        boolean scheduled;
        boolean failing;
        StorageNotice lastWriteNotice;

        OpenPlan(String id, PlanPaths paths, PlanLock lock, boolean writable, PlanFileDto carry, Plan plan,
                List<StorageNotice> notices) {
            this.id = id;
            this.paths = paths;
            this.lock = lock;
            this.writable = writable;
            this.carry = carry;
            this.current = plan;
            this.openNotices = List.copyOf(notices);
        }

        synchronized LoadReport report() {
            List<StorageNotice> notices = new ArrayList<>(openNotices);
            if (failing && lastWriteNotice != null) {
                notices.add(lastWriteNotice);
            }
            return new LoadReport(current, writable, notices);
        }
    }
}
