package org.conferenceplanner.ui.infra;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work off the FX thread and hands the result back on it. View models take one of these, so a
 * test can pass a synchronous runner and observe the result straight after the call.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background, then {@code onDone} with its result on the FX thread; when
     * {@code work} throws, {@code onFailed} gets the exception instead (also on the FX thread).
     */
    <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed);

    /** Runs {@code action} on the FX thread, later (after the current event). */
    void later(Runnable action);
}
