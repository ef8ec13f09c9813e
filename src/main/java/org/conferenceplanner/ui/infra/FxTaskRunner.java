package org.conferenceplanner.ui.infra;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The app's task runner: work runs on a small pool of daemon threads, results come back through
 * {@link Platform#runLater}. This is the one class that calls it. Thread-safe.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService pool;

    public FxTaskRunner() {
        // Two threads: one import can run while a second is queued; the machine may have 2 cores.
        ThreadFactory daemons = r -> {
            Thread t = new Thread(r, "conference-planner-task");
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(2, daemons);
    }

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        Objects.requireNonNull(work, "work");
        pool.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onDone.accept(result));
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> onFailed.accept(e));
            }
        });
    }

    @Override
    public void later(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
