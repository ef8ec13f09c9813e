package org.conferenceplanner.domain;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Plain text that is worked out from what a program file wrote when it is first read, then kept.
 * Abstracts are about half of a program's bytes, and turning their HTML into plain text while
 * importing cost as much as reading the rest of the file; the grid needs none of them, and the
 * search index reads them once the window is up.
 *
 * <p>Immutable as far as anyone can see: the conversion must be pure. Thread-safe: two threads
 * reading it first at once may both convert, and get equal texts. Once converted, what was written
 * is let go. Two are equal when their plain texts are.
 */
public final class DeferredText {

    private static final DeferredText EMPTY = new DeferredText("");

    /** The plain text, or the conversion that makes it. */
    private volatile Object value;

    private DeferredText(Object value) {
        this.value = value;
    }

    /** Text that is plain already. */
    public static DeferredText of(String plain) {
        return plain == null || plain.isEmpty() ? EMPTY : new DeferredText(plain);
    }

    /** Text made by {@code conversion} when first read; the conversion must be pure and must not return null. */
    public static DeferredText later(Supplier<String> conversion) {
        return new DeferredText(Objects.requireNonNull(conversion, "conversion"));
    }

    /** The plain text, converted now if this is its first reading. */
    public String get() {
        Object v = value;
        if (v instanceof String text) {
            return text;
        }
        @SuppressWarnings("unchecked")
        String text = Objects.requireNonNull(((Supplier<String>) v).get(), "converted text");
        value = text;
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof DeferredText other && get().equals(other.get()));
    }

    @Override
    public int hashCode() {
        return get().hashCode();
    }

    @Override
    public String toString() {
        return get();
    }
}
