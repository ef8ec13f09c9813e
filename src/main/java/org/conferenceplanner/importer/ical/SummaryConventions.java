package org.conferenceplanner.importer.ical;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Role;

/**
 * Program feeds that have no ATTENDEE put the speakers in the SUMMARY. Two conventions are read:
 * pretalx writes "Title - Speaker, Speaker"; others append "(talk by Name)" (PyCon UK: talk,
 * workshop, demo, tutorial). Anything else stays the title, untouched. Stateless.
 */
final class SummaryConventions {

    /** A title and the people the summary named (empty when it named none). */
    record TitleAndPeople(String title, List<Person> people) {
    }

    private static final Pattern BY_SUFFIX =
            Pattern.compile("(?s)(.*\\S)\\s*\\((?:talk|workshop|demo|tutorial) by ([^()]+)\\)\\s*");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s+(?:&|and)\\s+");

    private SummaryConventions() {
    }

    static TitleAndPeople read(String summary, boolean pretalx) {
        if (pretalx) {
            int dash = summary.lastIndexOf(" - ");
            if (dash > 0) {
                List<Person> people = new ArrayList<>();
                for (String name : summary.substring(dash + 3).split(",")) {
                    if (!name.isBlank()) {
                        people.add(new Person(name, Role.SPEAKER, ""));
                    }
                }
                return new TitleAndPeople(summary.substring(0, dash).strip(), people);
            }
            return new TitleAndPeople(summary, List.of());
        }
        Matcher m = BY_SUFFIX.matcher(summary);
        if (m.matches()) {
            return new TitleAndPeople(m.group(1).strip(), namesWithAffiliation(m.group(2)));
        }
        return new TitleAndPeople(summary, List.of());
    }

    /** "Ann & Bob", "Ann and Bob": the names, each once. */
    static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        for (String part : NAME_SEPARATOR.split(text.strip())) {
            if (!part.isBlank() && !names.contains(part.strip())) {
                names.add(part.strip());
            }
        }
        return names;
    }

    /** "Ann & Bob", "Ann Smith, University of X": names split, an affiliation after the comma. */
    static List<Person> namesWithAffiliation(String text) {
        List<Person> people = new ArrayList<>();
        for (String part : names(text)) {
            int comma = part.indexOf(',');
            String name = comma > 0 ? part.substring(0, comma) : part;
            String affiliation = comma > 0 ? part.substring(comma + 1) : "";
            if (!name.isBlank()) {
                people.add(new Person(name, Role.SPEAKER, affiliation));
            }
        }
        return people;
    }
}
