package org.conferenceplanner.testing;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.conferenceplanner.ui.infra.TaskRunner;

/** Runs work on the calling thread and hands the result back at once: view-model tests see results straight away. */
public final class ImmediateTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            onFailed.accept(e);
            return;
        }
        onDone.accept(result);
    }

    @Override
    public void later(Runnable action) {
        action.run();
    }
}
