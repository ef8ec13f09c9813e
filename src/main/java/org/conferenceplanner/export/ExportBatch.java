package org.conferenceplanner.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ExportedState;
import org.conferenceplanner.domain.Session;

/**
 * The entries one export writes, decided once for every format: which sessions, which UID, which
 * SEQUENCE, live or cancelled; what was left out and why; and the export states to store afterwards.
 *
 * @param entries in start order
 * @param notes   one sentence per session left out or not cancelled, for the user
 * @param states  the new export state of every entry written, by session id
 */
public record ExportBatch(Conference conference, List<CalendarEntry> entries, List<String> notes,
        Map<String, ExportedState> states) {

    public ExportBatch {
        entries = List.copyOf(entries);
        notes = List.copyOf(notes);
        states = Map.copyOf(states);
    }

    /** Decides the entries. Pure: the same selection, options and time give the same batch. */
    public static ExportBatch prepare(ExportSelection selection, ExportOptions options, Instant now) {
        Conference conference = selection.conference();
        List<CalendarEntry> entries = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, ExportedState> states = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();

        for (Session s : selection.sessions()) {
            if (seen.add(s.id())) {
                add(conference, s, s.cancelled() ? EntryStatus.CANCELLED_BY_ORGANISERS : EntryStatus.CONFIRMED,
                        selection, options, now, entries, notes, states);
            }
        }
        for (Session s : selection.orphans()) {
            if (!seen.add(s.id())) {
                continue;
            }
            if (selection.previous().containsKey(s.id())) {
                add(conference, s, EntryStatus.GONE_FROM_PROGRAM, selection, options, now, entries, notes, states);
            } else {
                notes.add(describe(s) + " is no longer in the program and was never exported: left out.");
            }
        }
        if (selection.cancelsDropped()) {
            for (Map.Entry<String, ExportedState> e : selection.previous().entrySet()) {
                String id = e.getKey();
                if (selection.picked().contains(id) || !seen.add(id)) {
                    continue;
                }
                Optional<Session> known = conference.session(id).or(() -> Optional.ofNullable(selection.remembered().get(id)));
                if (known.isPresent()) {
                    add(conference, known.get(), EntryStatus.REMOVED_FROM_PLAN, selection, options, now, entries, notes,
                            states);
                } else if (!e.getValue().cancelled()) {
                    notes.add("Session " + id + " was removed from the plan, but its times are no longer known, so "
                            + "its calendar entry could not be cancelled: delete it by hand.");
                }
            }
        }
        entries.sort((a, b) -> Session.BY_START.compare(a.session(), b.session()));
        return new ExportBatch(conference, entries, notes, states);
    }

    private static void add(Conference conference, Session s, EntryStatus status, ExportSelection selection,
            ExportOptions options, Instant now, List<CalendarEntry> entries, List<String> notes,
            Map<String, ExportedState> states) {
        if (!s.isScheduled()) {
            notes.add(describe(s) + (status.isCancelled()
                    ? " has no date, so its calendar entry cannot be cancelled: delete it by hand."
                    : " has no date or time yet (unscheduled): left out."));
            return;
        }
        EventText text = EventText.of(conference, s, status);
        String fingerprint = fingerprint(s, text, status, options.alarmMinutes());
        ExportedState before = selection.previous().get(s.id());
        int sequence;
        if (before == null) {
            sequence = 0;
        } else if (before.fingerprint().equals(fingerprint) && before.cancelled() == status.isCancelled()) {
            sequence = before.sequence();
        } else {
            sequence = before.sequence() + 1;
        }
        // A kept UID wins: the session or the conference may have a new id since (a program update).
        String uid = before == null || before.uid().isEmpty() ? Uids.of(conference.id(), s.id()) : before.uid();
        entries.add(new CalendarEntry(uid, s, status, sequence, fingerprint, text));
        states.put(s.id(), new ExportedState(sequence, fingerprint, now, status.isCancelled(), uid));
    }

    private static String describe(Session s) {
        String title = CalendarText.oneLine(s.title());
        return "\"" + (title.isEmpty() ? EventText.UNTITLED : title) + "\" (" + s.id() + ")";
    }

    /** Digest of everything a calendar shows; DTSTAMP and SEQUENCE excluded, so only real changes count. */
    static String fingerprint(Session s, EventText text, EntryStatus status, OptionalInt alarm) {
        StringBuilder b = new StringBuilder(256 + text.description().length());
        b.append(s.start()).append('\u0000').append(s.end()).append('\u0000').append(status.isCancelled())
                .append('\u0000').append(alarm.isPresent() ? alarm.getAsInt() : -1).append('\u0000')
                .append(text.summary()).append('\u0000').append(text.location()).append('\u0000')
                .append(text.category()).append('\u0000').append(text.url()).append('\u0000')
                .append(text.description());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public long cancelledCount() {
        return entries.stream().filter(e -> e.status().isCancelled()).count();
    }
}
