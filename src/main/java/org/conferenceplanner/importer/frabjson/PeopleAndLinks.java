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

    private static final String[] NAME_FIELDS = {"public_name", "name", "full_public_name", "full_name"};

    private final List<Problem> problems;

    PeopleAndLinks(List<Problem> problems) {
        this.problems = problems;
    }

    List<Person> persons(JsonNode e, Location where, String label) {
        return items(e, new String[] {"persons", "participants"}, where, label, PeopleAndLinks::person,
                person -> person, "a person with no name");
    }

    List<Link> links(JsonNode e, Location where, String label) {
        return items(e, new String[] {"links", "attachments"}, where, label, PeopleAndLinks::link, Link::url,
                "a link with no URL");
    }

    /** The items of the named lists in order, each once by key; a list of another type or an unreadable item is reported. */
    private <T> List<T> items(JsonNode e, String[] fields, Location where, String label, Function<JsonNode, T> read,
            Function<? super T, ?> key, String unreadable) {
        List<T> result = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (String field : fields) {
            JsonNode list = e.get(field);
            if (list == null || list.isNull()) {
                continue;
            }
            if (!list.isArray()) {
                problems.add(Problem.warning(EventReader.at(where, field), label + ": " + field + " is "
                        + JsonValues.kind(list) + ", not a list; nothing read from it"));
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                T item = read.apply(list.get(i));
                if (item == null) {
                    problems.add(Problem.warning(new Location(where.file(), where.line(),
                            JsonPaths.index(JsonPaths.field(where.path(), field), i)), label + ": " + unreadable + " is left out"));
                } else if (seen.add(key.apply(item))) {
                    result.add(item);
                }
            }
        }
        return result;
    }

    private static Person person(JsonNode n) {
        if (n.isTextual()) {
            return n.textValue().isBlank() ? null : new Person(n.textValue(), Role.SPEAKER, "");
        }
        if (!n.isObject()) {
            return null;
        }
        for (String field : NAME_FIELDS) {
            String name = EventReader.textOf(n.get(field));
            if (!name.isEmpty()) {
                String role = EventReader.textOf(n.get("role"));
                String affiliation = EventReader.textOf(n.get("affiliation"));
                return new Person(name, role.isEmpty() ? Role.SPEAKER : Role.parse(role), affiliation);
            }
        }
        return null;
    }

    private static Link link(JsonNode n) {
        if (n.isTextual()) {
            return n.textValue().isBlank() ? null : new Link(n.textValue(), "");
        }
        if (!n.isObject()) {
            return null;
        }
        String url = EventReader.textOf(n.get("url"));
        if (url.isEmpty()) {
            url = EventReader.textOf(n.get("href"));
        }
        return url.isEmpty() ? null : new Link(url, JsonValues.localized(n.get("title"), "en").strip());
    }
}
