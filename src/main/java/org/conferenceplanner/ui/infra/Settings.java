package org.conferenceplanner.ui.infra;

import java.util.Optional;

/**
 * Small named values the window remembers between runs (window bounds, chosen day, zone axis,
 * theme). The window's port: the store provides the file-backed implementation, tests an in-memory one.
 * Implementations may write later, but must not lose a value. FX thread.
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
}
