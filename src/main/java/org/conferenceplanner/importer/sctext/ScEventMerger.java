package org.conferenceplanner.importer.sctext;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Session;

/**
 * Folds a repeated block of one event into the first. SC pages were often saved with their text
 * twice, the second copy missing values (an empty EVENT TYPE); merging keeps every non-empty value,
 * the first block's where both have one, and the people of both.
 */
final class ScEventMerger {

    private ScEventMerger() {
    }

    /** Whether two sessions with one id are copies of one event: no title, time or room disagrees. */
    static boolean sameEvent(Session a, Session b) {
        return agree(a.title(), b.title()) && agree(a.room(), b.room()) && agree(a.timeText(), b.timeText())
                && (!a.isScheduled() || !b.isScheduled() || (a.start().equals(b.start()) && a.end().equals(b.end())));
    }

    static Session merge(Session first, Session again) {
        Session.Builder m = first.toBuilder()
                .title(pick(first.title(), again.title()))
                .subtitle(pick(first.subtitle(), again.subtitle()))
                .eventType(pick(first.eventType(), again.eventType()))
                .track(pick(first.track(), again.track()))
                .timeText(pick(first.timeText(), again.timeText()))
                .room(pick(first.room(), again.room()))
                .abstractText(pick(first.abstractText(), again.abstractText()))
                .url(pick(first.url(), again.url()))
                .people(people(first.people(), again.people()))
                .links(links(first.links(), again.links()));
        if (!first.isScheduled() && again.isScheduled()) {
            m.day(again.day()).start(again.start()).end(again.end());
        }
        return m.build();
    }

    /** The fields where both blocks have a value and the values differ (the first block's is kept). */
    static List<String> conflicts(Session a, Session b) {
        List<String> fields = new ArrayList<>();
        if (differ(a.eventType(), b.eventType())) {
            fields.add("EVENT TYPE");
        }
        if (differ(a.track(), b.track())) {
            fields.add("SESSION");
        }
        if (differ(a.abstractText(), b.abstractText())) {
            fields.add("ABSTRACT");
        }
        return fields;
    }

    private static List<Person> people(List<Person> first, List<Person> again) {
        List<Person> all = new ArrayList<>(first);
        for (Person p : again) {
            int at = indexOf(all, p);
            if (at < 0) {
                all.add(p);
            } else if (all.get(at).affiliation().isEmpty() && !p.affiliation().isEmpty()) {
                Person known = all.get(at);
                all.set(at, new Person(known.name(), known.role(), p.affiliation()));
            }
        }
        return all;
    }

    private static int indexOf(List<Person> people, Person p) {
        for (int i = 0; i < people.size(); i++) {
            if (ScEventBlock.sameName(people.get(i).name(), p.name())) {
                return i;
            }
        }
        return -1;
    }

    private static List<Link> links(List<Link> first, List<Link> again) {
        List<Link> all = new ArrayList<>(first);
        for (Link l : again) {
            if (all.stream().noneMatch(k -> k.url().equals(l.url()))) {
                all.add(l);
            }
        }
        return all;
    }

    private static boolean agree(String a, String b) {
        return a.isEmpty() || b.isEmpty() || a.strip().equalsIgnoreCase(b.strip());
    }

    private static boolean differ(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && !Objects.equals(a, b);
    }

    private static String pick(String first, String again) {
        return first.isEmpty() ? again : first;
    }
}
