package org.conferenceplanner.ui.infra;

import java.util.Optional;

/**
 * Small named values the window remembers between runs (window bounds, chosen day, zone axis,
 * theme). The window's port: the app adapts the store's settings file to it, tests use
 * {@link InMemorySettings}. Implementations must not block the FX thread (write later, in the
 * background) and must not lose a value. FX thread.
 */
public interface Settings {

    Optional<String> get(String key);

    void put(String key, String value);

    default boolean getBoolean(String key, boolean fallback) {
        return get(key).map(Boolean::parseBoolean).orElse(fallback);
    }

    default double getDouble(String key, double fallback) {
        try {
            return get(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    default void putBoolean(String key, boolean value) {
        put(key, String.valueOf(value));
    }

    default void putDouble(String key, double value) {
        put(key, String.valueOf(value));
    }

    /** Writes what is pending now (on exit). */
    default void flush() {
    }
}
