package org.conferenceplanner.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.conferenceplanner.domain.ExportedState;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.store.dto.ExportedStateDto;
import org.conferenceplanner.store.dto.PlanEntryDto;
import org.conferenceplanner.store.dto.PlanFileDto;
import org.conferenceplanner.store.dto.SessionDto;
import org.conferenceplanner.store.dto.SessionDto.LinkDto;
import org.conferenceplanner.store.dto.SessionDto.PersonDto;
import org.conferenceplanner.store.dto.UnknownFields;

/**
 * Domain records ↔ plan DTOs. From the domain, the unknown fields of the file last read ("carry") are
 * put back on the matching entry, export, snapshot, person and link. To the domain, impossible values
 * throw (the file is then treated as damaged). Stateless.
 */
final class PlanMapping {

    private PlanMapping() {
    }

    static Plan toPlan(PlanFileDto dto, String conferenceId) {
        List<PlanEntry> entries = new ArrayList<>();
        for (PlanEntryDto e : nonNull(dto.entries)) {
            if (e == null) {
                continue;
            }
            if (e.sessionId == null) {
                throw new IllegalArgumentException("an entry has no sessionId");
            }
            // A session picked twice cannot be shown; the first pick wins rather than losing the plan.
            if (entries.stream().noneMatch(x -> x.sessionId().equals(e.sessionId))) {
                entries.add(new PlanEntry(e.sessionId, priority(e.priority), e.note, e.attended,
                        instant(e.addedAt, Instant.EPOCH), session(e.lastKnown, e.sessionId)));
            }
        }
        Map<String, ExportedState> exports = new LinkedHashMap<>();
        if (dto.exports != null) {
            dto.exports.forEach((id, x) -> {
                if (x != null) {
                    exports.put(id, new ExportedState(x.sequence, x.fingerprint, instant(x.exportedAt, Instant.EPOCH),
                            x.cancelled, x.uid));
                }
            });
        }
        return new Plan(conferenceId, entries, exports);
    }

    static PlanFileDto toDto(Plan plan, PlanFileDto carry) {
        PlanFileDto dto = new PlanFileDto();
        Map<String, PlanEntryDto> oldEntries = new HashMap<>();
        Map<String, ExportedStateDto> oldExports = new HashMap<>();
        if (carry != null) {
            carry.other().forEach(dto::putOther);
            nonNull(carry.entries).stream().filter(Objects::nonNull).filter(e -> e.sessionId != null)
                    .forEach(e -> oldEntries.putIfAbsent(e.sessionId, e));
            if (carry.exports != null) {
                oldExports.putAll(carry.exports);
            }
        }
        dto.conferenceId = plan.conferenceId();
        for (PlanEntry e : plan.entries()) {
            PlanEntryDto old = oldEntries.get(e.sessionId());
            PlanEntryDto x = new PlanEntryDto();
            keep(old, x);
            x.sessionId = e.sessionId();
            x.priority = e.priority().name();
            x.note = e.note();
            x.attended = e.attended();
            x.addedAt = e.addedAt().toString();
            x.lastKnown = sessionDto(e.lastKnown(), old == null ? null : old.lastKnown);
            dto.entries.add(x);
        }
        plan.exports().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(en -> {
            ExportedStateDto x = new ExportedStateDto();
            keep(oldExports.get(en.getKey()), x);
            x.sequence = en.getValue().sequence();
            x.fingerprint = en.getValue().fingerprint();
            x.exportedAt = en.getValue().exportedAt().toString();
            x.cancelled = en.getValue().cancelled();
            x.uid = en.getValue().uid().isEmpty() ? null : en.getValue().uid();
            dto.exports.put(en.getKey(), x);
        });
        return dto;
    }

    private static Session session(SessionDto s, String sessionId) {
        if (s == null) {
            return Session.builder(sessionId).build();
        }
        List<Person> people = new ArrayList<>();
        for (PersonDto p : nonNull(s.people)) {
            if (p != null) {
                people.add(new Person(p.name, role(p.role), p.affiliation));
            }
        }
        List<Link> links = new ArrayList<>();
        for (LinkDto l : nonNull(s.links)) {
            if (l != null && l.url != null) {
                links.add(new Link(l.url, l.title));
            }
        }
        return Session.builder(s.id == null ? sessionId : s.id).guid(s.guid).title(s.title).subtitle(s.subtitle)
                .eventType(s.eventType).track(s.track).day(s.day == null ? null : LocalDate.parse(s.day))
                .start(instant(s.start, null)).end(instant(s.end, null)).timeText(s.timeText).room(s.room)
                .people(people).abstractText(s.abstractText).links(links).language(s.language).url(s.url)
                .cancelled(s.cancelled).build();
    }

    private static SessionDto sessionDto(Session s, SessionDto old) {
        SessionDto x = new SessionDto();
        boolean same = old != null && s.id().equals(old.id);
        if (same) {
            keep(old, x);
        }
        x.id = s.id();
        x.guid = s.guid();
        x.title = s.title();
        x.subtitle = s.subtitle();
        x.eventType = s.eventType();
        x.track = s.track();
        x.day = s.day() == null ? null : s.day().toString();
        x.start = s.start() == null ? null : s.start().toString();
        x.end = s.end() == null ? null : s.end().toString();
        x.timeText = s.timeText();
        x.room = s.room();
        List<PersonDto> oldPeople = same ? nonNull(old.people) : List.of();
        for (int i = 0; i < s.people().size(); i++) {
            Person p = s.people().get(i);
            PersonDto px = new PersonDto();
            if (i < oldPeople.size() && oldPeople.get(i) != null && p.name().equals(oldPeople.get(i).name)) {
                keep(oldPeople.get(i), px);
            }
            px.name = p.name();
            px.role = p.role().name();
            px.affiliation = p.affiliation();
            x.people.add(px);
        }
        x.abstractText = s.abstractText();
        List<LinkDto> oldLinks = same ? nonNull(old.links) : List.of();
        for (int i = 0; i < s.links().size(); i++) {
            Link l = s.links().get(i);
            LinkDto lx = new LinkDto();
            if (i < oldLinks.size() && oldLinks.get(i) != null && l.url().equals(oldLinks.get(i).url)) {
                keep(oldLinks.get(i), lx);
            }
            lx.url = l.url();
            lx.title = l.title();
            x.links.add(lx);
        }
        x.language = s.language();
        x.url = s.url();
        x.cancelled = s.cancelled();
        return x;
    }

    private static void keep(UnknownFields from, UnknownFields to) {
        if (from != null) {
            from.other().forEach(to::putOther);
        }
    }

    private static Priority priority(String name) {
        // A priority a newer version added reads as the stronger one: a pick is never silently weakened.
        return "MAYBE".equals(name) ? Priority.MAYBE : Priority.MUST;
    }

    private static Role role(String name) {
        for (Role r : Role.values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return Role.parse(name);
    }

    private static Instant instant(String text, Instant fallback) {
        return text == null ? fallback : Instant.parse(text);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
