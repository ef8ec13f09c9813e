package org.conferenceplanner.importer.sctext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Role;

/**
 * One event block of SC program text as read, before it becomes a session: the title line, the
 * labelled values with their line numbers, the people, the abstract lines. Mutable; owned by one
 * parse.
 */
final class ScEventBlock {

    /** Which part of the block the next plain line belongs to. */
    enum Part { LABELS, ABSTRACT, DETAILS, ENDED }

    private final int titleLine;
    private final String title;
    private final LocalDate date;
    private final Map<ScLabel, String> values = new EnumMap<>(ScLabel.class);
    private final Map<ScLabel, Integer> valueLines = new EnumMap<>(ScLabel.class);
    private final List<String> urls = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<String> abstractLines = new ArrayList<>();
    private Part part = Part.LABELS;
    private Role detailsRole = Role.PRESENTER;

    /**
     * @param titleLine the line of the title (or of the first label when the title is missing)
     * @param date      the date of the day heading above, null when there is none
     */
    ScEventBlock(int titleLine, String title, LocalDate date) {
        this.titleLine = titleLine;
        this.title = title;
        this.date = date;
    }

    int titleLine() {
        return titleLine;
    }

    String title() {
        return title;
    }

    LocalDate date() {
        return date;
    }

    Part part() {
        return part;
    }

    void part(Part newPart) {
        part = newPart;
    }

    boolean has(ScLabel label) {
        return values.containsKey(label);
    }

    String value(ScLabel label) {
        return values.getOrDefault(label, "");
    }

    int lineOf(ScLabel label) {
        return valueLines.getOrDefault(label, titleLine);
    }

    /** Sets a value; returns the earlier, different, non-empty value it conflicts with (which is kept), else null. */
    String set(ScLabel label, String value, int line) {
        String old = values.get(label);
        if (old == null || old.isEmpty()) {
            values.put(label, value);
            valueLines.put(label, line);
            return null;
        }
        return value.isEmpty() || value.equals(old) ? null : old;
    }

    void addUrl(String url) {
        if (!url.isEmpty() && !urls.contains(url)) {
            urls.add(url);
        }
    }

    List<String> urls() {
        return urls;
    }

    void addPeople(String names, Role role) {
        for (String name : names.split("[,;]")) {
            if (!name.isBlank() && indexOf(name) < 0) {
                people.add(new Person(name, role, ""));
            }
        }
    }

    void detailsRole(Role role) {
        detailsRole = role;
    }

    /** A "Name - Affiliation" line: completes the person of that name, or adds one in the details' role. */
    void addDetails(String line) {
        String[] parts = line.split("\\s+[-–]\\s+", 2);
        String name = parts[0].strip();
        String affiliation = parts.length > 1 ? parts[1].strip() : "";
        if (name.isEmpty()) {
            return;
        }
        int at = indexOf(name);
        if (at < 0) {
            people.add(new Person(name, detailsRole, affiliation));
            return;
        }
        for (int i = at; i < people.size(); i++) {
            Person p = people.get(i);
            if (sameName(p.name(), name) && p.affiliation().isEmpty()) {
                people.set(i, new Person(p.name(), p.role(), affiliation));
            }
        }
    }

    List<Person> people() {
        return people;
    }

    void addAbstractLine(String line) {
        abstractLines.add(line.strip());
    }

    /**
     * The abstract as plain-text paragraphs: where the source separates paragraphs by blank lines
     * those are kept; where it has none (SC pages put each paragraph on one line), each line is one.
     */
    String abstractText() {
        int from = 0;
        int to = abstractLines.size();
        while (from < to && abstractLines.get(from).isEmpty()) {
            from++;
        }
        while (to > from && abstractLines.get(to - 1).isEmpty()) {
            to--;
        }
        List<String> lines = abstractLines.subList(from, to);
        if (!lines.contains("")) {
            return String.join("\n\n", lines);
        }
        return String.join("\n", lines).replaceAll("\n{3,}", "\n\n");
    }

    private int indexOf(String name) {
        for (int i = 0; i < people.size(); i++) {
            if (sameName(people.get(i).name(), name)) {
                return i;
            }
        }
        return -1;
    }

    static boolean sameName(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
