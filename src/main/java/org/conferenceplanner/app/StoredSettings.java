package org.conferenceplanner.app;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.conferenceplanner.store.SettingsStore;
import org.conferenceplanner.store.StoreException;
import org.conferenceplanner.ui.infra.Settings;

/**
 * The window's {@link Settings} port on the store's settings file. Reads come from memory; each
 * change is written by one background thread (several quick changes become one write), so the FX
 * thread never waits for the disk. A failed write is retried with the next change; settings are a
 * convenience, so it is not reported. Thread-safe.
 */
final class StoredSettings implements Settings, AutoCloseable {

    private final SettingsStore store;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "settings-writer");
        t.setDaemon(true);
        return t;
    });
    private org.conferenceplanner.store.Settings values;
    private boolean writeQueued;

    StoredSettings(SettingsStore store) {
        this.store = store;
        this.values = store.load();
    }

    @Override
    public synchronized Optional<String> get(String key) {
        Object v = values.asMap().get(key);
        return v == null ? Optional.empty() : Optional.of(String.valueOf(v));
    }

    @Override
    public synchronized boolean getBoolean(String key, boolean fallback) {
        return values.flag(key).orElseGet(() -> values.string(key).map(Boolean::parseBoolean).orElse(fallback));
    }

    @Override
    public synchronized double getDouble(String key, double fallback) {
        return values.number(key).orElse(fallback);
    }

    @Override
    public synchronized void put(String key, String value) {
        change(values.with(key, value));
    }

    @Override
    public synchronized void putBoolean(String key, boolean value) {
        change(values.with(key, value));
    }

    @Override
    public synchronized void putDouble(String key, double value) {
        change(values.with(key, value));
    }

    @Override
    public void flush() {
        try {
            writer.submit(this::write).get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // Nothing more to do at exit; the previous file is intact (writes are atomic).
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        flush();
        writer.shutdown();
    }

    private void change(org.conferenceplanner.store.Settings next) {
        if (next.equals(values)) {
            return;
        }
        values = next;
        if (!writeQueued) {
            writeQueued = true;
            writer.execute(this::write);
        }
    }

    private void write() {
        org.conferenceplanner.store.Settings snapshot;
        synchronized (this) {
            writeQueued = false;
            snapshot = values;
        }
        try {
            store.save(snapshot);
        } catch (StoreException e) {
            // Kept in memory; the next change tries again.
        }
    }
}
