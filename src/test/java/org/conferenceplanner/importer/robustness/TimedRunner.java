package org.conferenceplanner.importer.robustness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one task at a time on a worker thread and gives up on it after a time limit, so a hanging
 * import fails its own check instead of the whole build. A task that overruns is retried once on a
 * fresh thread, because on a loaded machine a single pause can stretch a 20 ms import past the limit;
 * one that overruns twice is reported as a hang. The stuck thread is a daemon and is abandoned.
 * Used by one test thread.
 */
final class TimedRunner implements AutoCloseable {

    /** The task's value, or why there is none, and the worker's CPU time for it. */
    record Result<T>(Optional<T> value, Optional<String> failure, long cpuNanos) {
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private ExecutorService worker = newWorker();

    <T> Result<T> run(String name, Callable<T> task, long limitMillis) {
        for (int attempt = 1; ; attempt++) {
            long[] cpu = new long[1];
            Future<T> future = worker.submit(() -> {
                long before = threads.getCurrentThreadCpuTime();
                try {
                    return task.call();
                } finally {
                    cpu[0] = threads.getCurrentThreadCpuTime() - before;
                }
            });
            try {
                return new Result<>(Optional.ofNullable(future.get(limitMillis, TimeUnit.MILLISECONDS)), Optional.empty(), cpu[0]);
            } catch (ExecutionException e) {
                return new Result<>(Optional.empty(), Optional.of(describe(e.getCause())), cpu[0]);
            } catch (TimeoutException e) {
                future.cancel(true);
                worker.shutdownNow();
                worker = newWorker();
                if (attempt == 2) {
                    return new Result<>(Optional.empty(), Optional.of(name + " took more than " + limitMillis + " ms, twice"),
                            limitMillis * 1_000_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result<>(Optional.empty(), Optional.of("interrupted"), cpu[0]);
            }
        }
    }

    private static String describe(Throwable t) {
        if (t instanceof AssertionError) {
            return t.getMessage();
        }
        StringBuilder s = new StringBuilder(t.toString());
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < Math.min(6, frames.length); i++) {
            s.append("\n        at ").append(frames[i]);
        }
        return s.toString();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "timed-import");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
