package org.conferenceplanner.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Session;

/**
 * What attendees type into the search box, keystroke by keystroke: each phrase is queried as every
 * prefix of it ({@code "k"}, {@code "ke"}, {@code "ker"}...), so the list holds single letters and
 * partial words as well as whole ones. The phrases are topics, people's names, rooms, tracks and
 * title words of the program itself (picked with a seed), plus a few that match nothing.
 */
public final class SearchQueries {

    private static final List<String> TOPICS = List.of("security", "rust", "kernel", "open source", "linux",
            "hacking", "keynote", "datenschutz", "postgres", "qxzj", "zzyzx archive");
    private static final int PICKED = 12;

    private SearchQueries() {
    }

    /** Every keystroke of every phrase, in typing order. */
    public static List<String> keystrokes(Conference program, long seed) {
        List<String> out = new ArrayList<>();
        for (String phrase : phrases(program, seed)) {
            for (int i = 1; i <= phrase.length(); i++) {
                if (phrase.charAt(i - 1) != ' ') {
                    out.add(phrase.substring(0, i));
                }
            }
        }
        return out;
    }

    /** The whole phrases, one query each. */
    public static List<String> phrases(Conference program, long seed) {
        List<String> phrases = new ArrayList<>(TOPICS);
        List<Session> sessions = program.sessions();
        Random random = new Random(seed);
        for (int i = 0; i < PICKED; i++) {
            Session s = sessions.get(random.nextInt(sessions.size()));
            switch (i % 4) {
                case 0 -> s.people().stream().findFirst().map(Person::name).ifPresent(phrases::add);
                case 1 -> phrases.add(firstWord(s.room()));
                case 2 -> phrases.add(s.track().isEmpty() ? s.eventType() : s.track());
                default -> longestWord(s.title()).ifPresent(phrases::add);
            }
        }
        phrases.removeIf(String::isBlank);
        return phrases;
    }

    private static String firstWord(String text) {
        String t = text.strip();
        int space = t.indexOf(' ');
        return space < 0 ? t : t.substring(0, space);
    }

    private static java.util.Optional<String> longestWord(String title) {
        String longest = "";
        for (String w : title.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > longest.length()) {
                longest = w;
            }
        }
        return longest.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(longest);
    }
}
