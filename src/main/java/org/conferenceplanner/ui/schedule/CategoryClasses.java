package org.conferenceplanner.ui.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.conferenceplanner.domain.Session;

/**
 * Gives each category in use (event type or track) a colour slot {@code category-N}, N from 0 to
 * {@link #SLOTS} - 1, in alphabetical order so a category keeps its colour from day to day. Pure.
 */
public final class CategoryClasses {

    public static final int SLOTS = 12;
    public static final String PREFIX = "category-";

    private final List<String> categories;
    private final Function<Session, String> categoryOf;

    public CategoryClasses(Collection<Session> sessions, Function<Session, String> categoryOf) {
        this.categoryOf = categoryOf;
        TreeSet<String> names = new TreeSet<>();
        for (Session s : sessions) {
            names.add(categoryOf.apply(s));
        }
        this.categories = new ArrayList<>(names);
    }

    public String styleClass(Session s) {
        int at = categories.indexOf(categoryOf.apply(s));
        return PREFIX + (Math.max(at, 0) % SLOTS);
    }

    public List<String> categories() {
        return List.copyOf(categories);
    }
}
