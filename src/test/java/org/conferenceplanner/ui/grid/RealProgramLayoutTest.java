package org.conferenceplanner.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real programs laid out day by day: every dated session gets a block, and lanes hold. */
class RealProgramLayoutTest {

    @Test
    void sc12WednesdayRunsInMountainStandardTime() {
        Conference sc12 = RealPrograms.sc12();
        GridDay wednesday = GridDay.of(sc12, LocalDate.of(2012, 11, 14));
        DayLayout layout = DayLayout.of(wednesday);

        assertThat(new ZoneLabels(Locale.US).axisTitle(wednesday.zone(), layout.range().start(), layout.range().end()))
                .isEqualTo("MST \u2014 America/Denver");
        Session openOnload = wednesday.sessions().stream()
                .filter(s -> s.title().contains("OpenOnload")).findFirst().orElseThrow();
        SessionBlock block = layout.block(layout.indexOf(openOnload));
        assertThat(layout.rooms().get(block.room())).isEqualTo("155-C");
        assertThat(new ZoneLabels(Locale.US).clock(layout.range().instantAt(block.startMinute()), wednesday.zone()))
                .isEqualTo("11:00");
        assertThat(block.endMinute() - block.startMinute()).isEqualTo(30);
    }

    @Test
    void everySc12DayPlacesAllItsSessions() {
        Conference sc12 = RealPrograms.sc12();
        assertThat(sc12.days()).hasSize(7);
        for (LocalDate date : sc12.days()) {
            checkDay(sc12, date);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"frab-xml/fosdem-2025.xml", "frab-xml/39c3-schedule-20251206-preliminary.xml",
        "frab-json/39c3-everything.schedule.json", "ics/cfgmgmtcamp-2019.ics"})
    void everyDayOfARealProgramPlacesAllItsSessions(String file) {
        Conference conference = RealPrograms.shared(file);
        assertThat(conference.days()).isNotEmpty();
        for (LocalDate date : conference.days()) {
            checkDay(conference, date);
        }
    }

    private static void checkDay(Conference conference, LocalDate date) {
        GridDay day = GridDay.of(conference, date);
        DayLayout layout = DayLayout.of(day);
        long scheduled = conference.sessionsOn(date).stream().filter(Session::isScheduled).count();

        assertThat(layout.size()).as("%s %s", conference.id(), date).isEqualTo((int) scheduled);
        for (int i = 0; i < layout.size(); i++) {
            SessionBlock b = layout.block(i);
            assertThat(b.startMinute()).isGreaterThanOrEqualTo(0);
            assertThat(b.endMinute()).isLessThanOrEqualTo(layout.range().minutes());
        }
        LayoutChecks.assertLanesHold(layout);
    }
}
