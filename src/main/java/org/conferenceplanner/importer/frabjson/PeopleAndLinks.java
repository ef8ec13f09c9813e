package org.conferenceplanner.importer.frabjson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
        List<Person> result = new ArrayList<>();
        for (String field : new String[] {"persons", "participants"}) {
            JsonNode list = e.get(field);
            if (list == null || list.isNull()) {
                continue;
            }
            if (!list.isArray()) {
                problems.add(Problem.warning(EventReader.at(where, field), label + ": " + field + " is "
                        + JsonValues.kind(list) + ", not a list; nobody read from it"));
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                Person p = person(list.get(i));
                if (p == null) {
                    problems.add(Problem.warning(new Location(where.file(), where.line(),
                            JsonPaths.index(JsonPaths.field(where.path(), field), i)), label + ": a person with no name is left out"));
                } else if (!result.contains(p)) {
                    result.add(p);
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

    List<Link> links(JsonNode e, Location where, String label) {
        List<Link> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String field : new String[] {"links", "attachments"}) {
            JsonNode list = e.get(field);
            if (list == null || list.isNull()) {
                continue;
            }
            if (!list.isArray()) {
                problems.add(Problem.warning(EventReader.at(where, field), label + ": " + field + " is "
                        + JsonValues.kind(list) + ", not a list; no links read from it"));
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                Link link = link(list.get(i));
                if (link == null) {
                    problems.add(Problem.warning(new Location(where.file(), where.line(),
                            JsonPaths.index(JsonPaths.field(where.path(), field), i)), label + ": a link with no URL is left out"));
                } else if (seen.add(link.url())) {
                    result.add(link);
                }
            }
        }
        return result;
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
