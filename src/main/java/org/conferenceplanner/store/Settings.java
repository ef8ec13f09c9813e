package org.conferenceplanner.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The app's settings as key → value (string, number or boolean), immutable: every change returns a new
 * value. Keys this version does not know (written by a newer one) are kept and written back unchanged.
 * The keys the app uses are in {@link SettingKeys}. A getter returns empty when the key is absent or
 * holds a value of another type, so a hand-edited file cannot break the app.
 */
public final class Settings {

    private static final Settings EMPTY = new Settings(Map.of());

    private final Map<String, Object> values;

    Settings(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Settings empty() {
        return EMPTY;
    }

    public Optional<String> string(String key) {
        return values.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    public String string(String key, String fallback) {
        return string(key).orElse(fallback);
    }

    public OptionalDouble number(String key) {
        return values.get(key) instanceof Number n ? OptionalDouble.of(n.doubleValue()) : OptionalDouble.empty();
    }

    public OptionalInt integer(String key) {
        return values.get(key) instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && Math.abs(n.doubleValue()) <= Integer.MAX_VALUE ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
    }

    public Optional<Boolean> flag(String key) {
        return values.get(key) instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    public Settings with(String key, String value) {
        return put(key, value);
    }

    public Settings with(String key, double value) {
        return put(key, value);
    }

    public Settings with(String key, int value) {
        return put(key, value);
    }

    public Settings with(String key, boolean value) {
        return put(key, value);
    }

    public Settings without(String key) {
        if (!values.containsKey(key)) {
            return this;
        }
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.remove(key);
        return new Settings(copy);
    }

    /** Every key, including the unknown ones, in file order. */
    public Map<String, Object> asMap() {
        return values;
    }

    private Settings put(String key, Object value) {
        if (value == null) {
            return without(key);
        }
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new Settings(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Settings other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Settings" + values;
    }
}
