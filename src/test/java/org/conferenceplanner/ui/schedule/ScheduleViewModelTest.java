package org.conferenceplanner.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.testing.UiFixtures.CLOCK;
import static org.conferenceplanner.testing.UiFixtures.MESSAGES;
import static org.conferenceplanner.testing.UiFixtures.TIMES;

import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.SimpleObjectProperty;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.testing.SyntheticPrograms;
import org.conferenceplanner.testing.UiFixtures;
import org.conferenceplanner.ui.infra.InMemorySettings;
import org.conferenceplanner.ui.search.SearchViewModel;
import org.conferenceplanner.ui.state.DayTab;
import org.conferenceplanner.ui.state.OpenProgram;
import org.junit.jupiter.api.Test;

class ScheduleViewModelTest {

    private static final LocalDate WED = LocalDate.of(2012, 11, 14);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final OpenProgram sc12 = UiFixtures.open(SyntheticPrograms.sc12Like());
    private final SimpleObjectProperty<OpenProgram> current = UiFixtures.current(sc12);
    private final SearchViewModel search = new SearchViewModel(current, MESSAGES);
    private final InMemorySettings settings = new InMemorySettings();
    private final ScheduleViewModel vm = new ScheduleViewModel(current, search, settings, BERLIN, CLOCK, TIMES);

    private Session session(String id) {
        return sc12.conference().session(id).orElseThrow();
    }

    @Test
    void oneTabPerDayPlusUnscheduledLabelledLikeSatTenNov() {
        assertThat(vm.tabs()).hasSize(8);
        assertThat(vm.tabs().get(0)).isEqualTo(DayTab.of(LocalDate.of(2012, 11, 10)));
        assertThat(vm.tabs().get(7)).isEqualTo(DayTab.UNSCHEDULED);
        assertThat(vm.tabLabel(vm.tabs().get(0), "Unscheduled")).isEqualTo("Sat 10 Nov");
        assertThat(vm.tabLabel(vm.tabs().get(6), "Unscheduled")).isEqualTo("Fri 16 Nov");
        // Sat 10 Nov has no sessions: the first day with some is shown first.
        assertThat(vm.dayProperty().get()).isEqualTo(vm.tabs().get(1));
    }

    @Test
    void whileTheConferenceRunsTodayIsShownFirst() {
        java.time.Clock wednesday = java.time.Clock.fixed(java.time.Instant.parse("2012-11-14T20:00:00Z"),
                java.time.ZoneOffset.UTC);
        OpenProgram running = new OpenProgram(sc12.importResult(), null, sc12.searchIndex(), sc12.plan(),
                new org.conferenceplanner.planner.InMemoryPlanRepository(), wednesday);
        assertThat(running.dayProperty().get()).isEqualTo(DayTab.of(WED));
    }

    @Test
    void aDayShowsOnlyItsRoomsInProgramOrder() {
        vm.selectTab(5);
        assertThat(vm.dayProperty().get().date()).isEqualTo(WED);
        DayContent c = vm.contentProperty().get();
        assertThat(c.rooms()).containsExactly("155-C", "255-EF");
        assertThat(c.sessions()).extracting(Session::id).containsExactly("pap101", SyntheticPrograms.ONLOAD, "pap102");
        assertThat(c.zone()).isEqualTo(ZoneId.of("America/Denver"));
    }

    @Test
    void emptyRoomsCanBeShownAndRoomsHiddenAndReordered() {
        vm.selectTab(5);
        vm.showEmptyRoomsProperty().set(true);
        assertThat(vm.contentProperty().get().rooms())
                .containsExactly("155-C", "255-EF", "355-A", "Ballroom-EFGH", "East Entrance", "255-BC");
        RoomsViewModel rooms = vm.rooms().orElseThrow();
        rooms.setHidden("155-C", true);
        rooms.move("East Entrance", -4);
        assertThat(vm.contentProperty().get().rooms())
                .containsExactly("East Entrance", "255-EF", "355-A", "Ballroom-EFGH", "255-BC");
        assertThat(vm.contentProperty().get().sessions()).extracting(Session::id).containsExactly("pap101", "pap102");
        rooms.reset();
        assertThat(vm.contentProperty().get().rooms()).startsWith("155-C", "255-EF");
    }

    @Test
    void marksPlannedAndCollidingSessions() {
        vm.selectTab(5);
        sc12.togglePlanned(session(SyntheticPrograms.ONLOAD));
        assertThat(vm.plannedIds()).containsExactly(SyntheticPrograms.ONLOAD);
        assertThat(vm.conflictIds()).containsExactly("pap101");
        sc12.togglePlanned(session("pap101"));
        assertThat(vm.conflictIds()).containsExactlyInAnyOrder("pap101", SyntheticPrograms.ONLOAD);
        sc12.togglePlanned(session(SyntheticPrograms.ONLOAD));
        assertThat(vm.plannedIds()).containsExactly("pap101");
        assertThat(vm.conflictIds()).containsExactly(SyntheticPrograms.ONLOAD);
    }

    @Test
    void marksMaybePicksApartFromMustPicks() {
        vm.selectTab(5);
        sc12.togglePlanned(session(SyntheticPrograms.ONLOAD));
        sc12.togglePlanned(session("pap101"));
        assertThat(vm.maybeIds()).isEmpty();
        sc12.setPriority("pap101", org.conferenceplanner.domain.Priority.MAYBE);
        assertThat(vm.plannedIds()).containsExactlyInAnyOrder("pap101", SyntheticPrograms.ONLOAD);
        assertThat(vm.maybeIds()).containsExactly("pap101");
        sc12.togglePlanned(session("pap101"));
        assertThat(vm.maybeIds()).as("removed from the plan, so no longer a maybe").isEmpty();
    }

    @Test
    void searchMatchesAreMarkedOnTheShownDayOnly() {
        vm.selectTab(5);
        search.queryProperty().set("paper");
        assertThat(vm.matchIds()).containsExactlyInAnyOrder("pap101", "pap102");
        search.queryProperty().set("physics");
        assertThat(vm.matchIds()).isEmpty();
    }

    @Test
    void filtersNarrowTheDayAndTheDayTabs() {
        vm.selectTab(5);
        search.chosenEventTypes().setAll("Exhibitor Forums");
        assertThat(vm.contentProperty().get().sessions()).extracting(Session::id).containsExactly(SyntheticPrograms.ONLOAD);
        assertThat(vm.contentProperty().get().rooms()).containsExactly("155-C");
        search.chosenDays().setAll(LocalDate.of(2012, 11, 13), WED);
        assertThat(vm.tabs()).containsExactly(DayTab.of(LocalDate.of(2012, 11, 13)), DayTab.of(WED), DayTab.UNSCHEDULED);
    }

    @Test
    void zoneLabelAndTheLaptopsSecondAxis() {
        vm.selectTab(5);
        assertThat(vm.zoneLabelProperty().get()).isEqualTo("MST \u2014 America/Denver");
        assertThat(vm.secondZoneProperty().get()).isNull();
        vm.showLaptopZoneProperty().set(true);
        assertThat(vm.secondZoneProperty().get()).isEqualTo(BERLIN);
        assertThat(vm.secondZoneLabelProperty().get()).isEqualTo("CET \u2014 Europe/Berlin");
    }

    @Test
    void noSecondAxisWhenTheLaptopIsInTheConferenceZone() {
        ScheduleViewModel inDenver = new ScheduleViewModel(current, search, new InMemorySettings(),
                ZoneId.of("America/Denver"), CLOCK, TIMES);
        inDenver.showLaptopZoneProperty().set(true);
        assertThat(inDenver.secondZoneProperty().get()).isNull();
    }

    @Test
    void selectingASessionShowsItsDay() {
        vm.select(session("inspkr103"));
        assertThat(vm.dayProperty().get().date()).isEqualTo(LocalDate.of(2012, 11, 13));
        assertThat(sc12.selectedProperty().get().id()).isEqualTo("inspkr103");
        assertThat(vm.selectedProperty().get().id()).isEqualTo("inspkr103");
        vm.select(session("bof219"));
        assertThat(vm.dayProperty().get()).isEqualTo(DayTab.UNSCHEDULED);
        assertThat(vm.contentProperty().get().sessions()).extracting(Session::id).containsExactly("bof219");
    }

    @Test
    void zoomStaysWithinItsLimits() {
        for (int i = 0; i < 30; i++) {
            vm.zoomIn();
        }
        assertThat(vm.pixelsPerMinuteProperty().get()).isEqualTo(ScheduleViewModel.MAX_PIXELS_PER_MINUTE);
        for (int i = 0; i < 30; i++) {
            vm.zoomOut();
        }
        assertThat(vm.pixelsPerMinuteProperty().get()).isEqualTo(ScheduleViewModel.MIN_PIXELS_PER_MINUTE);
        vm.resetZoom();
        assertThat(vm.pixelsPerMinuteProperty().get()).isEqualTo(ScheduleViewModel.DEFAULT_PIXELS_PER_MINUTE);
    }

    @Test
    void remembersTheChosenDayAndViewSettings() {
        vm.selectTab(5);
        vm.showLaptopZoneProperty().set(true);
        vm.modeProperty().set(ViewMode.LIST);
        vm.colourByProperty().set(ColourBy.TRACK);
        vm.zoomIn();
        OpenProgram again = UiFixtures.open(SyntheticPrograms.sc12Like());
        ScheduleViewModel next = new ScheduleViewModel(UiFixtures.current(again),
                new SearchViewModel(UiFixtures.current(again), MESSAGES), settings, BERLIN, CLOCK, TIMES);
        assertThat(next.dayProperty().get().date()).isEqualTo(WED);
        assertThat(next.showLaptopZoneProperty().get()).isTrue();
        assertThat(next.modeProperty().get()).isEqualTo(ViewMode.LIST);
        assertThat(next.colourByProperty().get()).isEqualTo(ColourBy.TRACK);
        assertThat(next.pixelsPerMinuteProperty().get()).isEqualTo(vm.pixelsPerMinuteProperty().get());
    }

    @Test
    void colourByChangesTheCategoryFunction() {
        Session onload = session(SyntheticPrograms.ONLOAD);
        assertThat(vm.categoryOfProperty().get().apply(onload)).isEqualTo("Exhibitor Forums");
        vm.colourByProperty().set(ColourBy.TRACK);
        assertThat(vm.categoryOfProperty().get().apply(onload)).isEqualTo("Software Platforms");
    }

    @Test
    void switchingConferencesKeepsEachOnesDay() {
        vm.selectTab(5);
        OpenProgram fosdem = UiFixtures.open(SyntheticPrograms.fosdemLike());
        current.set(fosdem);
        assertThat(vm.tabs()).containsExactly(DayTab.of(LocalDate.of(2025, 2, 1)), DayTab.of(LocalDate.of(2025, 2, 2)));
        vm.selectTab(2);
        assertThat(vm.contentProperty().get().rooms()).containsExactly("K.1.105");
        current.set(sc12);
        assertThat(vm.dayProperty().get().date()).isEqualTo(WED);
        current.set(fosdem);
        assertThat(vm.dayProperty().get().date()).isEqualTo(LocalDate.of(2025, 2, 2));
    }
}
