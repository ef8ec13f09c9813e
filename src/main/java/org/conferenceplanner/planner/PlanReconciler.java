package org.conferenceplanner.planner;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.planner.FieldChange.Field;
import org.conferenceplanner.planner.SessionUpdate.Match;
import org.conferenceplanner.planner.SessionUpdate.Status;

/**
 * Brings a plan up to date with a newer version of its program. Each pick is looked up by its session
 * id (unless both versions carry different guids: then the id was reused for another session), then by
 * guid, then by title with the same people and day (or, failing that, a unique title with the same
 * people, or the same day). Every pick is kept: found ones take the new session's id and details,
 * the others stay as orphans with their last known details. Export records follow their picks to the new
 * ids, keeping the UIDs they were written with ({@link ExportRecords}). Pure and stateless; thread-safe.
 */
public final class PlanReconciler {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    public ReconcileReport reconcile(Plan plan, Conference program) {
        Lookup lookup = new Lookup(program.sessions());
        Map<PlanEntry, Session> found = new LinkedHashMap<>();
        Map<PlanEntry, Match> how = new HashMap<>();
        // Each tier runs over every pick before the next, so a weaker match never takes a session a
        // stronger match of a later pick needs.
        for (Match tier : List.of(Match.ID, Match.GUID, Match.TITLE)) {
            for (PlanEntry e : plan.entries()) {
                if (!found.containsKey(e)) {
                    Session s = lookup.find(tier, e);
                    if (s != null) {
                        found.put(e, s);
                        how.put(e, tier);
                        lookup.used.add(s.id());
                    }
                }
            }
        }
        Set<String> takenIds = new HashSet<>();
        found.values().forEach(s -> takenIds.add(s.id()));
        List<PlanEntry> entries = new ArrayList<>();
        List<SessionUpdate> updates = new ArrayList<>();
        for (PlanEntry e : plan.entries()) {
            Session after = found.get(e);
            if (after == null) {
                String id = takenIds.contains(e.sessionId()) ? e.sessionId() + "~orphan" : e.sessionId();
                entries.add(id.equals(e.sessionId()) ? e
                        : new PlanEntry(id, e.priority(), e.note(), e.attended(), e.addedAt(), e.lastKnown()));
                updates.add(new SessionUpdate(id, e.lastKnown(), null, Match.NONE, Status.VANISHED, List.of()));
                continue;
            }
            entries.add(e.withLastKnown(after));
            List<FieldChange> changes = changes(e.lastKnown(), after, program.zone());
            Status status = after.cancelled() && !e.lastKnown().cancelled() ? Status.CANCELLED
                    : changes.isEmpty() ? Status.UNCHANGED : Status.CHANGED;
            updates.add(new SessionUpdate(after.id(), e.lastKnown(), after, how.get(e), status, changes));
        }
        return new ReconcileReport(new Plan(program.id(), entries, ExportRecords.follow(plan, entries, program.id())),
                updates);
    }

    /** The picks the program does not have (by id): what the planner shows as orphans. */
    public List<PlanEntry> orphans(Plan plan, Conference program) {
        Set<String> ids = new HashSet<>();
        program.sessions().forEach(s -> ids.add(s.id()));
        return plan.entries().stream().filter(e -> !ids.contains(e.sessionId())).toList();
    }

    static List<FieldChange> changes(Session before, Session after, ZoneId zone) {
        List<FieldChange> list = new ArrayList<>();
        if (!before.title().equals(after.title())) {
            list.add(new FieldChange(Field.TITLE, before.title(), after.title()));
        }
        if (!Objects.equals(before.day(), after.day())) {
            list.add(new FieldChange(Field.DAY, day(before.day()), day(after.day())));
        }
        String timeBefore = time(before, zone);
        String timeAfter = time(after, zone);
        if (!timeBefore.equals(timeAfter)) {
            list.add(new FieldChange(Field.TIME, timeBefore, timeAfter));
        }
        if (!before.room().equals(after.room())) {
            list.add(new FieldChange(Field.ROOM, shown(before.room()), shown(after.room())));
        }
        if (!names(before.people()).equals(names(after.people()))) {
            list.add(new FieldChange(Field.PEOPLE, people(before.people()), people(after.people())));
        }
        return list;
    }

    private static String day(LocalDate day) {
        return day == null ? "unscheduled" : DAY.format(day);
    }

    private static String time(Session s, ZoneId zone) {
        if (!s.isScheduled()) {
            return s.timeText().isEmpty() ? "unscheduled" : s.timeText();
        }
        return TIME.format(s.start().atZone(zone)) + "–" + TIME.format(s.end().atZone(zone));
    }

    private static String shown(String text) {
        return text.isEmpty() ? "none" : text;
    }

    private static String people(List<Person> people) {
        return people.isEmpty() ? "none" : String.join(", ", people.stream().map(Person::name).toList());
    }

    private static Set<String> names(Collection<Person> people) {
        Set<String> names = new HashSet<>();
        for (Person p : people) {
            names.add(normalise(p.name()));
        }
        return names;
    }

    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The new program's sessions indexed for the three kinds of match, and which are taken. */
    private static final class Lookup {
        final Map<String, Session> byId = new HashMap<>();
        final Map<String, List<Session>> byGuid = new HashMap<>();
        final Map<String, List<Session>> byTitle = new HashMap<>();
        final Set<String> used = new HashSet<>();

        Lookup(List<Session> sessions) {
            for (Session s : sessions) {
                byId.putIfAbsent(s.id(), s);
                if (!s.guid().isEmpty()) {
                    byGuid.computeIfAbsent(s.guid(), k -> new ArrayList<>()).add(s);
                }
                if (!s.title().isBlank()) {
                    byTitle.computeIfAbsent(normalise(s.title()), k -> new ArrayList<>()).add(s);
                }
            }
        }

        Session find(Match tier, PlanEntry e) {
            Session old = e.lastKnown();
            return switch (tier) {
                case ID -> {
                    Session s = byId.get(e.sessionId());
                    boolean reused = s != null && !old.guid().isEmpty() && !s.guid().isEmpty() && !old.guid().equals(s.guid());
                    yield s == null || reused || used.contains(s.id()) ? null : s;
                }
                case GUID -> old.guid().isEmpty() ? null : unique(byGuid.get(old.guid()), s -> true);
                case TITLE -> byTitle(old);
                case NONE -> null;
            };
        }

        private Session byTitle(Session old) {
            if (old.title().isBlank()) {
                return null;
            }
            List<Session> candidates = byTitle.get(normalise(old.title()));
            Set<String> people = names(old.people());
            Predicate<Session> samePeople = s -> people.isEmpty() ? s.people().isEmpty()
                    : names(s.people()).stream().anyMatch(people::contains);
            Predicate<Session> sameDay = s -> Objects.equals(s.day(), old.day());
            Session s = unique(candidates, samePeople.and(sameDay));
            if (s == null) {
                s = unique(candidates, samePeople);
            }
            if (s == null) {
                s = unique(candidates, sameDay);
            }
            return s;
        }

        /** The one unused candidate passing the test; null when none or several do. */
        private Session unique(List<Session> candidates, Predicate<Session> test) {
            if (candidates == null) {
                return null;
            }
            List<Session> hits = candidates.stream().filter(s -> !used.contains(s.id())).filter(test).toList();
            return hits.size() == 1 ? hits.get(0) : null;
        }
    }
}
