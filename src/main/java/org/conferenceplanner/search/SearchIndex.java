package org.conferenceplanner.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.conferenceplanner.domain.Session;

/**
 * Finds the sessions of one conference whose text contains every word of a query, as a substring,
 * ignoring case and accents (see {@link SearchText}). Built once per conference, off the FX thread.
 *
 * <p>Why not scan each session's text per keystroke: 50,000 sessions with abstracts are tens of
 * megabytes, too slow for search-as-you-type. Because a query word holds no white space, "the text
 * contains the word" is the same as "some white-space separated token contains the word". So the
 * index keeps each distinct token once, in one string, with the sessions it occurs in: a query word
 * costs one {@code indexOf} scan over the vocabulary and a union of the matching tokens' postings.
 * One- and two-letter words match most tokens; their answers are kept after the first time.
 *
 * <p>Immutable after construction; {@link #find} is thread-safe.
 */
public final class SearchIndex {

    private static final char SEPARATOR = '\n';
    private static final int CACHED_WORD_LENGTH = 2;

    private final List<Session> sessions;
    private final String vocabulary;
    /** Start of each token in {@link #vocabulary}, plus one entry past the end. */
    private final int[] starts;
    /** For each token, the indices of the sessions it occurs in, ascending. */
    private final int[][] postings;
    private final Map<String, BitSet> shortWords = new ConcurrentHashMap<>();

    private SearchIndex(List<Session> sessions, String vocabulary, int[] starts, int[][] postings) {
        this.sessions = sessions;
        this.vocabulary = vocabulary;
        this.starts = starts;
        this.postings = postings;
    }

    public static SearchIndex of(List<Session> sessions) {
        List<Session> copy = List.copyOf(sessions);
        Map<String, Integer> ids = new HashMap<>();
        List<IntList> lists = new ArrayList<>();
        CharFolder folder = new CharFolder();
        StringBuilder token = new StringBuilder(64);
        for (int i = 0; i < copy.size(); i++) {
            // One pass per field: fold and cut at white space together (no folded copy of the text).
            for (String field : SearchText.fields(copy.get(i))) {
                for (int k = 0; k <= field.length(); k++) {
                    char c = k < field.length() ? field.charAt(k) : ' ';
                    if (Character.isWhitespace(c)) {
                        if (token.length() > 0) {
                            String text = token.toString();
                            Integer id = ids.get(text);
                            if (id == null) {
                                id = lists.size();
                                ids.put(text, id);
                                lists.add(new IntList());
                            }
                            lists.get(id).addOnce(i);
                            token.setLength(0);
                        }
                    } else {
                        folder.append(c, token);
                    }
                }
            }
        }
        String[] tokens = new String[ids.size()];
        ids.forEach((text, id) -> tokens[id] = text);
        StringBuilder vocab = new StringBuilder(ids.size() * 10);
        int[] starts = new int[tokens.length + 1];
        int[][] postings = new int[tokens.length][];
        for (int t = 0; t < tokens.length; t++) {
            vocab.append(SEPARATOR);
            starts[t] = vocab.length();
            vocab.append(tokens[t]);
            postings[t] = lists.get(t).toArray();
        }
        vocab.append(SEPARATOR);
        starts[tokens.length] = vocab.length() + 1;
        return new SearchIndex(copy, vocab.toString(), starts, postings);
    }

    public int size() {
        return sessions.size();
    }

    /** The indexed sessions, in the order {@link #find} numbers them. */
    public List<Session> sessions() {
        return sessions;
    }

    /** True when the query has no words: it then matches everything. */
    public static boolean isBlank(String query) {
        return query == null || query.isBlank();
    }

    /**
     * The indices (into {@link #sessions}) of the sessions containing every word of {@code query}.
     * A blank query matches all sessions. The returned set is the caller's to change.
     */
    public BitSet find(String query) {
        BitSet result = new BitSet(sessions.size());
        result.set(0, sessions.size());
        if (isBlank(query)) {
            return result;
        }
        for (String word : SearchText.fold(query).strip().split("\\s+")) {
            result.and(word.length() <= CACHED_WORD_LENGTH
                    ? shortWords.computeIfAbsent(word, this::sessionsWith)
                    : sessionsWith(word));
            if (result.isEmpty()) {
                break;
            }
        }
        return result;
    }

    /** The ids of the sessions {@link #find} returned. */
    public List<String> ids(BitSet found) {
        List<String> out = new ArrayList<>(found.cardinality());
        for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
            out.add(sessions.get(i).id());
        }
        return out;
    }

    private BitSet sessionsWith(String word) {
        BitSet found = new BitSet(sessions.size());
        int from = 0;
        while (true) {
            int at = vocabulary.indexOf(word, from);
            if (at < 0) {
                return found;
            }
            int token = tokenAt(at);
            for (int s : postings[token]) {
                found.set(s);
            }
            from = starts[token + 1];
        }
    }

    private int tokenAt(int position) {
        int i = Arrays.binarySearch(starts, position);
        return i >= 0 ? i : -i - 2;
    }

    /** A growable int array that skips a value equal to the last one (a session adds a token once). */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void addOnce(int v) {
            if (size > 0 && values[size - 1] == v) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
