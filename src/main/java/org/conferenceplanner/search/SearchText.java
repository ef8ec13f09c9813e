package org.conferenceplanner.search;

import java.util.ArrayList;
import java.util.List;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Session;

/**
 * What of a session is searched, and the one folding rule shared by index and query: lower case,
 * accents removed, so "muller" finds "Müller" and "OPENONLOAD" finds "OpenOnload".
 */
public final class SearchText {

    private SearchText() {
    }

    /** Title, subtitle, event type, session/track, room, people and affiliations, abstract. */
    public static List<String> fields(Session s) {
        List<String> fields = new ArrayList<>(6 + 2 * s.people().size());
        fields.add(s.title());
        fields.add(s.subtitle());
        fields.add(s.eventType());
        fields.add(s.track());
        fields.add(s.room());
        for (Person p : s.people()) {
            fields.add(p.name());
            fields.add(p.affiliation());
        }
        fields.add(s.abstractText());
        return fields;
    }

    /** The searched text of a session, folded, fields separated by line breaks. */
    public static String of(Session s) {
        return fold(String.join("\n", fields(s)));
    }

    public static String fold(String text) {
        return new CharFolder().fold(text);
    }
}
