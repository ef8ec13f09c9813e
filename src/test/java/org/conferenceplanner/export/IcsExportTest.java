package org.conferenceplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Session;
import org.junit.jupiter.api.Test;

class IcsExportTest {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private final CalendarExporter exporter = new CalendarExporter(Clock.fixed(NOW, ZoneOffset.UTC), "test");

    private ExportResult ics(Conference c, List<Session> sessions, ExportOptions options) {
        return exporter.export(ExportFormat.ICS, ExportSelection.of(c, sessions, Map.of()), options);
    }

    @Test
    void sc12RoundTripsThroughIcal4jToTheSameSessions() {
        Conference sc12 = Sc12Events.conference();
        ExportResult result = ics(sc12, sc12.sessions(), ExportOptions.defaults());
        List<Session> scheduled = sc12.sessions().stream().filter(Session::isScheduled).toList();
        Map<String, IcsRead> read = IcsRead.events(result.content()).stream()
                .collect(Collectors.toMap(IcsRead::uid, Function.identity()));

        assertThat(read).hasSize(scheduled.size());
        assertThat(result.written()).isEqualTo(scheduled.size());
        for (Session s : scheduled) {
            IcsRead e = read.get(Uids.of(sc12.id(), s.id()));
            assertThat(e).as(s.id()).isNotNull();
            assertThat(e.start()).as(s.id()).isEqualTo(s.start());
            assertThat(e.end()).as(s.id()).isEqualTo(s.end());
            assertThat(e.summary()).isEqualTo(s.title());
            assertThat(e.url()).isEqualTo(s.url());
            assertThat(e.location()).isEqualTo(s.room().isEmpty() ? sc12.venue() : s.room() + ", " + sc12.venue());
            assertThat(e.categories()).isEqualTo(s.eventType());
            assertThat(e.sequence()).isZero();
            assertThat(e.status()).isEqualTo("CONFIRMED");
            for (Person p : s.people()) {
                assertThat(e.description()).as(s.id()).contains(p.role().label() + ": " + p.nameWithAffiliation());
            }
            assertThat(e.description()).contains(s.abstractText()).contains(s.url());
        }
    }

    @Test
    void unscheduledSessionsAreLeftOutAndNamed() {
        Conference sc12 = Sc12Events.conference();
        ExportResult result = ics(sc12, sc12.sessions(), ExportOptions.defaults());
        List<Session> unscheduled = sc12.unscheduled();
        assertThat(unscheduled).isNotEmpty();
        assertThat(result.notes()).hasSize(unscheduled.size());
        for (Session s : unscheduled) {
            assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains(s.id()).contains("unscheduled"));
        }
        assertThat(result.summary()).contains(unscheduled.size() + " sessions left out");
    }

    @Test
    void theFileIsCrlfFoldedAt75OctetsWithOneVtimezoneForTheZoneUsed() {
        Conference sc12 = Sc12Events.conference();
        String ics = ics(sc12, sc12.sessions(), ExportOptions.defaults()).content();
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        Calendar cal = IcsRead.parse(ics);
        List<VTimeZone> zones = cal.getComponents("VTIMEZONE");
        assertThat(zones).hasSize(1);
        assertThat(zones.get(0).getProperty("TZID").orElseThrow().getValue()).isEqualTo("America/Denver");
        // cut to the dates used: SC12 is all in standard time, so one observance, not Denver's 13
        assertThat(zones.get(0).getObservances()).hasSize(1);
        assertThat(ics).contains("DTSTART;TZID=America/Denver:20121114T110000");
        assertThat(ics).doesNotContain("METHOD:");
    }

    @Test
    void sessionsAcrossMidnightKeepTheirInstants() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // 38C3 runs talks and parties past midnight; the conference day is the evening before
        Session late = Sessions.at("late", berlin, "2024-12-27", "23:30", "00:30").build();
        Session night = Sessions.at("night", berlin, "2024-12-28", "22:00", "04:00").build();
        Conference c = Sessions.conference("38c3", berlin, "CCH, Hamburg", List.of(late, night));
        List<IcsRead> read = IcsRead.events(ics(c, c.sessions(), ExportOptions.defaults()).content());
        assertThat(read).extracting(IcsRead::start).containsExactly(late.start(), night.start());
        assertThat(read).extracting(IcsRead::end).containsExactly(late.end(), night.end());
        assertThat(late.end()).isEqualTo(Instant.parse("2024-12-27T23:30:00Z"));
    }

    @Test
    void summerTimeIsWrittenWithTheSummerOffset() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // Chaos Communication Camp 2019: 21 to 25 August, CEST (+02:00)
        Session s = Sessions.at("camp", berlin, "2019-08-22", "12:00", "13:00").build();
        Conference c = Sessions.conference("camp2019", berlin, "Ziegeleipark Mildenberg", List.of(s));
        String ics = ics(c, c.sessions(), ExportOptions.defaults()).content();
        assertThat(ics).contains("DTSTART;TZID=Europe/Berlin:20190822T120000").contains("TZOFFSETTO:+0200");
        assertThat(IcsRead.events(ics).get(0).start()).isEqualTo(Instant.parse("2019-08-22T10:00:00Z"));
    }

    @Test
    void theRepeatedHourWhenClocksGoBackIsWrittenInUtc() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // 27 Oct 2019: 02:00-03:00 happens twice; the second 02:30 is 01:30Z
        Instant second = Instant.parse("2019-10-27T01:30:00Z");
        Session s = Session.builder("repeat").title("Twice").day(java.time.LocalDate.parse("2019-10-26"))
                .start(second).end(second.plusSeconds(1800)).build();
        Conference c = Sessions.conference("x", berlin, "", List.of(s));
        String ics = ics(c, c.sessions(), ExportOptions.defaults()).content();
        assertThat(ics).contains("DTSTART:20191027T013000Z");
        assertThat(IcsRead.events(ics).get(0).start()).isEqualTo(second);
    }

    @Test
    void aZoneWithoutANameIsWrittenInUtc() {
        ZoneId offset = ZoneOffset.ofHours(1);
        Session s = Sessions.at("rc3", offset, "2020-12-27", "20:00", "21:00").build();
        Conference c = Sessions.conference("rc3", offset, "", List.of(s));
        String ics = ics(c, c.sessions(), ExportOptions.defaults()).content();
        assertThat(ics).doesNotContain("VTIMEZONE").contains("DTSTART:20201227T190000Z");
    }

    @Test
    void viewersInOtherZonesReadTheSameInstants() {
        Conference sc12 = Sc12Events.conference();
        String ics = ics(sc12, sc12.sessions(), ExportOptions.defaults()).content();
        Map<String, Instant> starts = sc12.sessions().stream().filter(Session::isScheduled)
                .collect(Collectors.toMap(s -> Uids.of(sc12.id(), s.id()), Session::start));
        TimeZone original = TimeZone.getDefault();
        try {
            for (String zone : List.of("Pacific/Auckland", "Asia/Kolkata", "Europe/Berlin", "America/St_Johns", "UTC")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                for (IcsRead e : IcsRead.events(ics)) {
                    assertThat(e.start()).as(zone + " " + e.uid()).isEqualTo(starts.get(e.uid()));
                }
            }
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void anAlarmIsAddedWhenAsked() {
        Conference sc12 = Sc12Events.conference();
        List<IcsRead> read = IcsRead.events(ics(sc12, sc12.sessions(), ExportOptions.defaults().withAlarm(15)).content());
        assertThat(read).allSatisfy(e -> assertThat(e.alarmTrigger()).contains("-PT15M"));
        List<IcsRead> none = IcsRead.events(ics(sc12, sc12.sessions(), ExportOptions.defaults()).content());
        assertThat(none).allSatisfy(e -> assertThat(e.alarmTrigger()).isEmpty());
    }

    @Test
    void theIcsValidatesWithIcal4j() throws Exception {
        Conference sc12 = Sc12Events.conference();
        String ics = ics(sc12, sc12.sessions(), ExportOptions.defaults().withAlarm(10).withCalendarName("SC12 plan")).content();
        assertThat(IcsRead.parse(ics).validate().hasErrors()).isFalse();
    }

    @Test
    void theSameUidOnEveryExportAndForAnyIdCharacters() {
        assertThat(Uids.of("SC12", "exforum140")).isEqualTo("exforum140@SC12.conference-planner");
        assertThat(Uids.of("38c3", "a b;c,d\\e@f%g/ü")).isEqualTo("a%20b%3Bc%2Cd%5Ce%40f%25g%2F%C3%BC@38c3.conference-planner");
        assertThat(Uids.of("c", "a%20b")).isNotEqualTo(Uids.of("c", "a b"));
        Conference sc12 = Sc12Events.conference();
        String first = ics(sc12, sc12.sessions(), ExportOptions.defaults()).content();
        String again = ics(sc12, sc12.sessions(), ExportOptions.defaults()).content();
        assertThat(IcsRead.events(again)).extracting(IcsRead::uid)
                .containsExactlyElementsOf(IcsRead.events(first).stream().map(IcsRead::uid).toList());
    }

    @Test
    void chairsAndPresentersAreNamedWithAffiliations() {
        Session s = Sessions.at("p", Sc12Events.DENVER, "2012-11-14", "10:30", "11:00")
                .people(List.of(new Person("Xipeng Shen", Role.CHAIR, "College of William and Mary"),
                        new Person("Tan Nguyen", Role.AUTHOR, "University of California, San Diego")))
                .track("Compiler-Based Analysis and Optimization").build();
        Conference c = Sessions.conference("SC12", Sc12Events.DENVER, "", List.of(s));
        String description = IcsRead.events(ics(c, c.sessions(), ExportOptions.defaults()).content()).get(0).description();
        assertThat(description.lines()).contains("Session: Compiler-Based Analysis and Optimization",
                "Chair: Xipeng Shen - College of William and Mary",
                "Author: Tan Nguyen - University of California, San Diego");
    }
}
