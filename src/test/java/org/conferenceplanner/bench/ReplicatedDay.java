package org.conferenceplanner.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.ui.grid.GridDay;

/**
 * A grid day of a given size made of real room-days: the program's (day, room) columns in order,
 * each moved to one date with its clock times, and stacked round-robin into the wanted number of room
 * columns until the day holds the wanted number of sessions. So every column holds several real
 * rooms' days at once: real durations and gaps, and many more overlaps (lanes) than one real room.
 */
final class ReplicatedDay {

    private ReplicatedDay() {
    }

    static GridDay of(Conference program, int rooms, int sessions) {
        Map<String, List<Session>> columns = new LinkedHashMap<>();
        for (Session s : program.sessions()) {
            if (s.isScheduled()) {
                columns.computeIfAbsent(s.day() + "|" + s.room(), k -> new ArrayList<>()).add(s);
            }
        }
        LocalDate date = program.days().get(0);
        List<String> names = new ArrayList<>();
        for (int r = 1; r <= rooms; r++) {
            names.add(String.format("Room %02d", r));
        }
        List<Session> out = new ArrayList<>(sessions);
        int column = 0;
        for (List<Session> roomDay : columns.values()) {
            String room = names.get(column++ % rooms);
            for (Session s : roomDay) {
                Duration shift = Duration.between(s.day().atStartOfDay(program.zone()), date.atStartOfDay(program.zone()));
                out.add(s.toBuilder().day(date).start(s.start().plus(shift)).end(s.end().plus(shift)).room(room).build());
                if (out.size() == sessions) {
                    return new GridDay(date, program.zone(), names, out);
                }
            }
        }
        throw new IllegalArgumentException("the program holds fewer than " + sessions + " scheduled sessions");
    }
}
