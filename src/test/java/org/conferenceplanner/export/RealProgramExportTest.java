package org.conferenceplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Session;
import org.junit.jupiter.api.Test;

/** Whole real programs exported as .ics and read back by ical4j: the exported instants equal the program's. */
class RealProgramExportTest {

    private final CalendarExporter exporter = new CalendarExporter(Clock.fixed(IcsExportTest.NOW, ZoneOffset.UTC), "test");

    private Map<String, IcsRead> exportAll(Conference c) {
        ExportResult r = exporter.export(ExportFormat.ICS, ExportSelection.of(c, c.sessions(), Map.of()),
                ExportOptions.defaults());
        Map<String, IcsRead> read = IcsRead.events(r.content()).stream()
                .collect(Collectors.toMap(IcsRead::uid, Function.identity()));
        List<Session> scheduled = c.sessions().stream().filter(Session::isScheduled).toList();
        assertThat(read).hasSize(scheduled.size());
        for (Session s : scheduled) {
            IcsRead e = read.get(Uids.of(c.id(), s.id()));
            assertThat(e).as(s.id()).isNotNull();
            assertThat(e.start()).as(s.id()).isEqualTo(s.start());
            assertThat(e.end()).as(s.id()).isEqualTo(s.end());
            assertThat(e.summary()).as(s.id()).isEqualTo(IcsWriter.readBack(CalendarText.oneLine(s.title())));
            s.people().forEach(p -> assertThat(e.description()).as(s.id()).contains(CalendarText.oneLine(p.name())));
        }
        return read;
    }

    @Test
    void camp2019InSummerTime() {
        Conference camp = RealPrograms.read("frab-json/camp2019-frab.json");
        String ics = exporter.export(ExportFormat.ICS, ExportSelection.of(camp, camp.sessions(), Map.of()),
                ExportOptions.defaults()).content();
        assertThat(ics).contains("TZID:Europe/Berlin").contains("TZOFFSETTO:+0200").contains("DTSTART;TZID=Europe/Berlin:2019082");
        exportAll(camp);
        // the wall clock in the file is the program's local time
        Session first = camp.sessions().stream().filter(Session::isScheduled).min(Session.BY_START).orElseThrow();
        String local = first.start().atZone(camp.zone()).toLocalDateTime().toString().replace("-", "").replace(":", "");
        assertThat(ics).contains("DTSTART;TZID=Europe/Berlin:" + local.substring(0, 13));
    }

    @Test
    void the39c3FinalProgramAcrossMidnightAndForViewersElsewhere() {
        Conference c = RealPrograms.read("frab-json/39c3-everything.schedule.json");
        long crossing = c.sessions().stream().filter(Session::isScheduled)
                .filter(s -> !s.start().atZone(c.zone()).toLocalDate().equals(s.end().atZone(c.zone()).toLocalDate()))
                .count();
        assertThat(crossing).isGreaterThan(10);
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            exportAll(c);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void the38c3ProgramAcrossMidnight() {
        Conference c = RealPrograms.read("frab-xml/38c3-schedule-20251206.xml");
        exportAll(c);
    }

    @Test
    void fosdem2025() {
        exportAll(RealPrograms.read("frab-xml/fosdem-2025.xml"));
    }
}
