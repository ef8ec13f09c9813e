package org.conferenceplanner.importer.ical;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.domain.ProgramSource;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ConferenceDays;
import org.conferenceplanner.importer.ProgramInput;

/**
 * Builds the conference of a calendar file (iCalendar or vCalendar), which, unlike frab, declares no
 * days and no rooms: the days are the local dates sessions start on, the rooms the LOCATIONs in the
 * order they first appear. Stateless.
 */
public final class CalendarProgram {

    private CalendarProgram() {
    }

    public static Conference conference(String id, String title, ZoneId zone, List<Session> sessions,
            ProgramInput input, ProgramFormat format) {
        Set<String> roomNames = new LinkedHashSet<>();
        for (Session s : sessions) {
            roomNames.add(s.room());
        }
        List<Room> rooms = new ArrayList<>();
        roomNames.forEach(name -> rooms.add(new Room(name)));
        List<LocalDate> days = ConferenceDays.daysOf(List.of(), sessions);
        ProgramSource source = new ProgramSource(input.name(), format, "");
        return new Conference(id, title, zone, "", days, rooms, sessions, source);
    }

    /** "CfgMgmtCamp 2019 Ghent" → "cfgmgmtcamp-2019-ghent"; "calendar" when nothing is left. */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "calendar" : slug;
    }

    /** The file name without folders and calendar extensions: "SC12_Event_x.vcs.txt" → "SC12_Event_x". */
    public static String stem(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        String previous;
        do {
            previous = name;
            name = name.replaceFirst("(?i)\\.(ics|ical|ifb|icalendar|vcs|vcal|txt)$", "");
        } while (!name.equals(previous) && !name.isEmpty());
        return name.isEmpty() ? previous : name;
    }
}
