package org.conferenceplanner.importer.frabjson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;

/**
 * The people ({@code persons[]} in frab, {@code participants[]} in schedule v2) and links
 * ({@code links[]} and {@code attachments[]}, objects or plain URL texts) of one event.
 * Not thread-safe (reports into the import's problem list).
 */
final class PeopleAndLinks {

    private static final int FEW = 16;

    private final List<Problem> problems;

    PeopleAndLinks(List<Problem> problems) {
        this.problems = problems;
    }

    List<Person> persons(EventFields e, Location where, String label) {
        return items(e, EventFields.PERSONS, EventFields.PARTICIPANTS, where, label, PeopleAndLinks::person,
                person -> person, "a person with no name");
    }

    List<Link> links(EventFields e, Location where, String label) {
        return items(e, EventFields.LINKS, EventFields.ATTACHMENTS, where, label, PeopleAndLinks::link, Link::url,
                "a link with no URL");
    }

    /** The items of the two lists in order, each once by key; a list of another type or an unreadable item is reported. */
    private <T> List<T> items(EventFields e, int firstSlot, int secondSlot, Location where, String label,
            Function<EventFields.Item, T> read, Function<? super T, ?> key, String unreadable) {
        List<EventFields.Item> first = e.list(firstSlot);
        List<EventFields.Item> second = e.list(secondSlot);
        checkIsList(e, firstSlot, where, label);
        checkIsList(e, secondSlot, where, label);
        if (first == null && second == null) {
            return List.of();
        }
        List<T> result = new ArrayList<>();
        // a set only for long lists: most events have one to three people, and a set per event cost more than the rest
        Set<Object> seen = size(first) + size(second) > FEW ? new HashSet<>() : null;
        for (int slot : new int[] {firstSlot, secondSlot}) {
            List<EventFields.Item> list = e.list(slot);
            for (int i = 0; list != null && i < list.size(); i++) {
                T item = read.apply(list.get(i));
                if (item == null) {
                    problems.add(Problem.warning(new Location(where.file(), where.line(),
                            JsonPaths.index(JsonPaths.field(where.path(), EventFields.NAMES[slot]), i)),
                            label + ": " + unreadable + " is left out"));
                } else if (seen != null ? seen.add(key.apply(item)) : !containsKey(result, key, key.apply(item))) {
                    result.add(item);
                }
            }
        }
        return result;
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    private static <T> boolean containsKey(List<T> items, Function<? super T, ?> key, Object wanted) {
        for (T item : items) {
            if (key.apply(item).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private void checkIsList(EventFields e, int slot, Location where, String label) {
        JsonNode value = e.get(slot);
        if (value != null && !value.isNull()) {
            String field = EventFields.NAMES[slot];
            problems.add(Problem.warning(EventReader.at(where, field), label + ": " + field + " is "
                    + JsonValues.kind(value) + ", not a list; nothing read from it"));
        }
    }

    private static Person person(EventFields.Item n) {
        if (n.other != null) {
            return n.other.isTextual() && !n.other.textValue().isBlank() ? new Person(n.other.textValue(), Role.SPEAKER, "")
                    : null;
        }
        String name = !n.publicName.isEmpty() ? n.publicName : !n.name.isEmpty() ? n.name
                : !n.fullPublicName.isEmpty() ? n.fullPublicName : n.fullName;
        if (name.isEmpty()) {
            return null;
        }
        return new Person(name, n.role.isEmpty() ? Role.SPEAKER : Role.parse(n.role), n.affiliation);
    }

    private static Link link(EventFields.Item n) {
        if (n.other != null) {
            return n.other.isTextual() && !n.other.textValue().isBlank() ? new Link(n.other.textValue(), "") : null;
        }
        String url = n.url.isEmpty() ? n.href : n.url;
        return url.isEmpty() ? null : new Link(url, JsonValues.localized(n.title, "en").strip());
    }
}
