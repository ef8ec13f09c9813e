package org.conferenceplanner.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.conferenceplanner.bench.SourceProgram.Markup;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.ProgramSource;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;

/**
 * Makes large programs from real ones: the real sessions (titles, people, durations, abstracts and
 * the clashes between them) are replicated over more days and more rooms until the program holds
 * the requested number of sessions. Each replica keeps a session's clock time relative to its
 * conference day and its room (with a suffix such as {@code " #2"} for the second block of rooms),
 * so the real day shapes and overlaps survive. The sources are interleaved in proportion to their
 * size, so even the smallest program is a mix of all of them. Ids are numbers, as frab writes them
 * ({@code copy * 1,000,000 + position in the pool}); guids are name-based UUIDs of seed and id.
 * Deterministic for a given seed.
 */
public final class ProgramGenerator {

    /** Replicas are spread over at most this many day blocks before rooms are added. */
    private static final int MAX_DAY_BLOCKS = 7;
    /** Ids of one copy of the pool lie in one block of this size. */
    private static final long ID_STRIDE = 1_000_000;

    private ProgramGenerator() {
    }

    /**
     * @param sources  real programs (their scheduled sessions are the pool)
     * @param sessions how many sessions the result holds
     * @param seed     decides the order of the sources (hence the first day and the zone) and the guids
     */
    public static GeneratedProgram replicate(List<SourceProgram> sources, int sessions, long seed) {
        if (sources.isEmpty() || sessions <= 0) {
            throw new IllegalArgumentException("need sources and a positive size");
        }
        List<SourceProgram> order = new ArrayList<>(sources);
        Collections.shuffle(order, new Random(seed));
        Conference first = order.get(0).conference();
        ZoneId zone = first.zone();
        LocalDate base = first.days().get(0);
        List<Pooled> pool = interleave(order);
        if (pool.isEmpty() || pool.size() >= ID_STRIDE) {
            throw new IllegalArgumentException("the sources hold " + pool.size() + " scheduled sessions");
        }
        int copies = (sessions + pool.size() - 1) / pool.size();
        int dayBlocks = Math.min(copies, MAX_DAY_BLOCKS);
        int daysPerBlock = order.stream().mapToInt(s -> s.conference().days().size()).max().orElse(1);

        List<Session> out = new ArrayList<>(sessions);
        Map<String, Markup> markup = new HashMap<>();
        Map<String, GeneratedProgram.Origin> origins = new HashMap<>();
        Set<String> rooms = new LinkedHashSet<>();
        for (int copy = 0; copy < copies && out.size() < sessions; copy++) {
            LocalDate blockStart = base.plusDays((long) (copy % dayBlocks) * daysPerBlock);
            int roomBlock = copy / dayBlocks;
            for (int i = 0; i < pool.size() && out.size() < sessions; i++) {
                Pooled p = pool.get(i);
                String id = Long.toString(copy * ID_STRIDE + i + 1);
                Session moved = move(p, id, zone, blockStart, roomBlock, seed);
                p.source.markupOf(p.session).ifPresent(m -> markup.put(id, m));
                origins.put(id, new GeneratedProgram.Origin(p.source.file(), p.session));
                rooms.add(moved.room());
                out.add(moved);
            }
        }
        List<LocalDate> days = out.stream().map(Session::day).distinct().sorted().toList();
        String id = "generated-" + sessions + "-" + seed;
        String from = String.join(", ", order.stream().map(s -> s.conference().title()).toList());
        Conference c = new Conference(id, "Generated program (" + sessions + " sessions from " + from + ")",
                zone, first.venue(), days, rooms.stream().map(Room::new).toList(), out,
                new ProgramSource(id, ProgramFormat.FRAB_XML, "seed " + seed));
        return new GeneratedProgram(c, markup, origins);
    }

    /** A session of a source program, the unit the generator copies. */
    private record Pooled(SourceProgram source, Session session, double rank) {
    }

    /** Every scheduled session of every source, the sources merged in proportion, each in its own order. */
    private static List<Pooled> interleave(List<SourceProgram> sources) {
        List<Pooled> pool = new ArrayList<>();
        for (SourceProgram source : sources) {
            List<Session> scheduled = source.conference().sessions().stream().filter(Session::isScheduled).toList();
            for (int i = 0; i < scheduled.size(); i++) {
                pool.add(new Pooled(source, scheduled.get(i), (i + 0.5) / scheduled.size()));
            }
        }
        pool.sort(Comparator.comparingDouble(Pooled::rank)); // stable: equal ranks keep the sources' order
        return pool;
    }

    private static Session move(Pooled p, String id, ZoneId zone, LocalDate blockStart, int roomBlock, long seed) {
        Session s = p.session;
        Conference source = p.source.conference();
        int dayIndex = source.days().indexOf(s.day());
        LocalDate newDay = blockStart.plusDays(Math.max(0, dayIndex));
        Duration sinceMidnight = Duration.between(s.day().atStartOfDay(source.zone()).toInstant(), s.start());
        Instant start = newDay.atStartOfDay(zone).toInstant().plus(sinceMidnight);
        String room = roomBlock == 0 ? s.room() : s.room() + " #" + (roomBlock + 1);
        return s.toBuilder()
                .id(id)
                .guid(UUID.nameUUIDFromBytes((seed + "/" + id).getBytes(StandardCharsets.UTF_8)).toString())
                .day(newDay)
                .start(start)
                .end(start.plus(s.duration()))
                .room(room)
                .build();
    }
}
