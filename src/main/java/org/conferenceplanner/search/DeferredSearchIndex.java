package org.conferenceplanner.search;

import java.util.List;
import java.util.Objects;
import org.conferenceplanner.domain.Session;

/**
 * The {@link SearchIndex} of one conference, built when first asked for rather than before the
 * conference is shown: building it costs about as much as drawing the first grid (FOSDEM 2025: some
 * 150 ms of CPU), and nobody searches in the first frame. The window asks for it from a background
 * thread once the program is open, so it is normally ready before the first keystroke; a search
 * that comes sooner builds it (or waits for the build under way) itself.
 *
 * <p>Thread-safe: the first caller builds, others wait for that build; the index is built once.
 */
public final class DeferredSearchIndex {

    private List<Session> sessions;
    private SearchIndex index;

    private DeferredSearchIndex(List<Session> sessions, SearchIndex index) {
        this.sessions = sessions;
        this.index = index;
    }

    /** An index of {@code sessions}, to be built on the first {@link #get}. */
    public static DeferredSearchIndex of(List<Session> sessions) {
        return new DeferredSearchIndex(Objects.requireNonNull(sessions, "sessions"), null);
    }

    /** An index built already. */
    public static DeferredSearchIndex built(SearchIndex index) {
        return new DeferredSearchIndex(null, Objects.requireNonNull(index, "index"));
    }

    /** The index, built now if it has not been (blocks while another thread builds it). */
    public synchronized SearchIndex get() {
        if (index == null) {
            index = SearchIndex.of(sessions);
            sessions = null;
        }
        return index;
    }

    public synchronized boolean isBuilt() {
        return index != null;
    }
}
