package org.conferenceplanner.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Session;

/**
 * The searchable text of a session and the one folding rule shared by index and query: lower case,
 * accents removed, so "muller" finds "Müller" and "OPENONLOAD" finds "OpenOnload".
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    /** Title, subtitle, event type, session/track, room, people and affiliations, abstract. */
    public static String of(Session s) {
        StringBuilder sb = new StringBuilder(s.abstractText().length() + 256);
        sb.append(s.title()).append('\n').append(s.subtitle()).append('\n').append(s.eventType()).append('\n')
                .append(s.track()).append('\n').append(s.room()).append('\n');
        for (Person p : s.people()) {
            sb.append(p.name()).append('\n').append(p.affiliation()).append('\n');
        }
        sb.append(s.abstractText());
        return fold(sb.toString());
    }

    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 0x7f) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return lower;
    }
}
