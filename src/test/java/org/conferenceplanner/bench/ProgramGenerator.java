package org.conferenceplanner.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.ProgramSource;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;

/**
 * Makes large programs from real ones: the real sessions (titles, people, durations, abstracts and
 * the clashes between them) are replicated over more days and more rooms until the program holds
 * the requested number of sessions. Each replica keeps a session's clock time relative to its
 * conference day, so the real day shapes and overlaps survive. Deterministic for a given seed.
 */
public final class ProgramGenerator {

    /** Replicas are spread over at most this many day blocks before rooms are added. */
    private static final int MAX_DAY_BLOCKS = 7;

    private ProgramGenerator() {
    }

    /**
     * @param sources  real programs (their scheduled sessions are the pool)
     * @param sessions how many sessions the result holds
     * @param seed     decides the order in which the sources feed the replicas
     */
    public static Conference replicate(List<Conference> sources, int sessions, long seed) {
        if (sources.isEmpty() || sessions <= 0) {
            throw new IllegalArgumentException("need sources and a positive size");
        }
        List<Conference> order = new ArrayList<>(sources);
        Collections.shuffle(order, new Random(seed));
        ZoneId zone = order.get(0).zone();
        LocalDate base = order.get(0).days().get(0);
        int poolSize = order.stream().mapToInt(c -> scheduled(c).size()).sum();
        int copies = (sessions + poolSize - 1) / poolSize;
        int dayBlocks = Math.min(copies, MAX_DAY_BLOCKS);
        int daysPerBlock = order.stream().mapToInt(c -> c.days().size()).max().orElse(1);

        List<Session> out = new ArrayList<>(sessions);
        Set<String> rooms = new LinkedHashSet<>();
        outer:
        for (int copy = 0; copy < copies; copy++) {
            int dayBlock = copy % dayBlocks;
            int roomBlock = copy / dayBlocks;
            for (Conference source : order) {
                for (Session s : scheduled(source)) {
                    if (out.size() == sessions) {
                        break outer;
                    }
                    Session moved = move(s, source, zone, base.plusDays((long) dayBlock * daysPerBlock), roomBlock, copy);
                    rooms.add(moved.room());
                    out.add(moved);
                }
            }
        }
        List<LocalDate> days = out.stream().map(Session::day).distinct().sorted().toList();
        String id = "generated-" + sessions + "-" + seed;
        return new Conference(id, "Generated program (" + sessions + " sessions from "
                + String.join(", ", order.stream().map(Conference::title).toList()) + ")",
                zone, order.get(0).venue(), days, rooms.stream().map(Room::new).toList(), out,
                new ProgramSource(id, ProgramFormat.FRAB_XML, "seed " + seed, ""));
    }

    private static List<Session> scheduled(Conference c) {
        return c.sessions().stream().filter(Session::isScheduled).toList();
    }

    private static Session move(Session s, Conference source, ZoneId zone, LocalDate blockStart, int roomBlock,
            int copy) {
        int dayIndex = source.days().indexOf(s.day());
        LocalDate newDay = blockStart.plusDays(Math.max(0, dayIndex));
        Duration sinceMidnight = Duration.between(s.day().atStartOfDay(source.zone()).toInstant(), s.start());
        Instant start = newDay.atStartOfDay(zone).toInstant().plus(sinceMidnight);
        String room = roomBlock == 0 ? s.room() : s.room() + " #" + (roomBlock + 1);
        return s.toBuilder()
                .id(s.id() + "-" + copy)
                .guid("")
                .day(newDay)
                .start(start)
                .end(start.plus(s.duration()))
                .room(room)
                .build();
    }
}
