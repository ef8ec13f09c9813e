package org.conferenceplanner.bench;

import java.util.ArrayList;
import java.util.List;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.search.SearchText;

/**
 * The obvious search the index replaces: each session's searchable text, folded once, scanned with
 * {@link String#contains} for every word of the query. The reference the index must agree with, and
 * the search benchmark's baseline. Immutable.
 */
public final class NaiveSearch {

    private final List<Session> sessions;
    private final String[] texts;

    public NaiveSearch(List<Session> sessions) {
        this.sessions = List.copyOf(sessions);
        this.texts = this.sessions.stream().map(SearchText::of).toArray(String[]::new);
    }

    /** Ids of the sessions whose text holds every word of the query, in session order. */
    public List<String> ids(String query) {
        String[] words = SearchText.fold(query).strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            if (holdsAll(texts[i], words)) {
                out.add(sessions.get(i).id());
            }
        }
        return out;
    }

    private static boolean holdsAll(String text, String[] words) {
        for (String w : words) {
            if (!text.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
