package org.conferenceplanner.ui.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.conferenceplanner.domain.Session;

/**
 * Seeded, repeatable grid days of any size for tests and benchmarks: sessions spread over 08:00–22:00
 * with a few running past midnight, durations from zero to three hours (so rooms get overlaps and
 * lanes), eight event types. Same seed, same day.
 */
public final class SyntheticDays {

    public static final LocalDate DATE = LocalDate.of(2012, 11, 14);
    public static final ZoneId ZONE = ZoneId.of("America/Denver");
    private static final int[] DURATIONS = {0, 10, 15, 30, 30, 45, 60, 60, 90, 120, 180};
    private static final String[] TYPES = {"Paper", "Tutorial", "Workshop", "BoF", "Panel", "Poster", "Keynote",
        "Exhibitor Forum"};

    private SyntheticDays() {
    }

    /** The 60-room, 2,000-session day of the scale requirement. */
    public static GridDay large() {
        return generate(2012, 60, 2000);
    }

    public static GridDay generate(long seed, int roomCount, int sessionCount) {
        Random random = new Random(seed);
        List<String> rooms = new ArrayList<>();
        for (int r = 1; r <= roomCount; r++) {
            rooms.add(String.format("Room %02d", r));
        }
        Instant eight = DATE.atTime(8, 0).atZone(ZONE).toInstant();
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < sessionCount; i++) {
            boolean late = random.nextInt(100) < 3;
            int startMinute = late ? 15 * 60 + 5 * random.nextInt(30) : 5 * random.nextInt(14 * 12);
            int duration = DURATIONS[random.nextInt(DURATIONS.length)];
            Instant start = eight.plusSeconds(startMinute * 60L);
            sessions.add(Session.builder("s" + i)
                    .title("Session " + i + " on " + TYPES[i % TYPES.length].toLowerCase())
                    .eventType(TYPES[random.nextInt(TYPES.length)])
                    .day(DATE)
                    .start(start)
                    .end(start.plusSeconds(duration * 60L))
                    .room(rooms.get(random.nextInt(roomCount)))
                    .build());
        }
        return new GridDay(DATE, ZONE, rooms, sessions);
    }
}
