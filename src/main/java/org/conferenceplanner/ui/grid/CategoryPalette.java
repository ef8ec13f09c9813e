package org.conferenceplanner.ui.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Gives each colour key (an event type or track) one of {@link #SIZE} colour style classes
 * {@code category-0 .. category-11}, in the order keys are first seen, and keeps them: a category keeps
 * its colour while days are switched. The empty key has no colour class. Not thread-safe (FX thread).
 */
public final class CategoryPalette {

    /** Distinct colours in the stylesheet. */
    public static final int SIZE = 12;

    private static final List<String> CLASSES = IntStream.range(0, SIZE).mapToObj(i -> "category-" + i).toList();

    private final Map<String, Integer> indexOf = new HashMap<>();

    /** The style class of a key, assigning the next colour to a new key; null for the empty key. */
    public String styleClassOf(String category) {
        if (category == null || category.isEmpty()) {
            return null;
        }
        return CLASSES.get(indexOf.computeIfAbsent(category, k -> indexOf.size()) % SIZE);
    }

    /** The keys among {@code categories} with a colour, once each, ordered by their colour index. */
    public List<String> legend(Iterable<String> categories) {
        List<String> keys = new ArrayList<>();
        for (String c : categories) {
            if (styleClassOf(c) != null && !keys.contains(c)) {
                keys.add(c);
            }
        }
        keys.sort((a, b) -> Integer.compare(indexOf.get(a), indexOf.get(b)));
        return List.copyOf(keys);
    }

    /** Forgets every assignment (a new colour key function). */
    public void clear() {
        indexOf.clear();
    }
}
