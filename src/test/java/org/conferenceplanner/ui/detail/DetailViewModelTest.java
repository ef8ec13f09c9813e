package org.conferenceplanner.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.testing.UiFixtures.MESSAGES;
import static org.conferenceplanner.testing.UiFixtures.TIMES;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.testing.SyntheticPrograms;
import org.conferenceplanner.testing.UiFixtures;
import org.conferenceplanner.ui.state.OpenProgram;
import org.junit.jupiter.api.Test;

class DetailViewModelTest {

    private final OpenProgram sc12 = UiFixtures.open(SyntheticPrograms.sc12Like());
    private final List<String> opened = new ArrayList<>();
    private final DetailViewModel vm = new DetailViewModel(UiFixtures.current(sc12), ZoneId.of("Europe/Berlin"),
            MESSAGES, TIMES, opened::add);

    private void select(String id) {
        sc12.selectedProperty().set(sc12.conference().session(id).orElseThrow());
    }

    @Test
    void showsTheSessionsFactsWithPresentersAndAffiliations() {
        select(SyntheticPrograms.ONLOAD);
        assertThat(vm.titleProperty().get()).isEqualTo("The OpenOnload User-level Network Stack");
        assertThat(vm.eventTypeProperty().get()).isEqualTo("Exhibitor Forums");
        assertThat(vm.trackProperty().get()).isEqualTo("Software Platforms");
        assertThat(vm.roomProperty().get()).isEqualTo("155-C");
        assertThat(vm.dayProperty().get()).isEqualTo("Wednesday 14 November 2012");
        assertThat(vm.presenters()).containsExactly("Dave Parry \u2014 Solarflare", "Steve Pope \u2014 Solarflare");
        assertThat(vm.chairs()).isEmpty();
        assertThat(vm.lengthProperty().get()).isEqualTo("30 min");
    }

    @Test
    void timesInTheConferenceZoneAndTheLaptops() {
        select(SyntheticPrograms.ONLOAD);
        // 11:00 MST is 18:00 UTC, which is 19:00 in Berlin (CET, UTC+1 in November).
        assertThat(vm.conferenceTimeProperty().get()).isEqualTo("11:00\u201311:30 MST");
        assertThat(vm.laptopTimeProperty().get()).isEqualTo("Wed 14 Nov 19:00\u201319:30 CET");
    }

    @Test
    void noSecondTimeWhenTheLaptopIsInTheConferenceZone() {
        DetailViewModel inDenver = new DetailViewModel(UiFixtures.current(sc12), ZoneId.of("America/Denver"), MESSAGES,
                TIMES, opened::add);
        select(SyntheticPrograms.ONLOAD);
        assertThat(inDenver.laptopTimeProperty().get()).isEmpty();
    }

    @Test
    void chairsAreListedApartFromPresenters() {
        select("pap101");
        assertThat(vm.presenters()).containsExactly("Ann Lee \u2014 Argonne National Laboratory");
        assertThat(vm.chairs()).containsExactly("Bo Chair \u2014 Sandia");
    }

    @Test
    void offersOnlyWebLinksAndOpensThemOnlyWhenAsked() {
        select("pap101");
        assertThat(vm.links()).extracting(Link::url).containsExactly("https://example.org/paper.pdf");
        select(SyntheticPrograms.ONLOAD);
        assertThat(vm.links()).extracting(Link::url).containsExactly(
                "http://sc12.supercomputing.org/schedule/event_detail.php?evid=exforum140", "https://www.openonload.org/");
        assertThat(opened).isEmpty();
        vm.open(vm.links().get(1));
        assertThat(opened).containsExactly("https://www.openonload.org/");
        vm.open(new Link("file:///etc/passwd", "not offered"));
        assertThat(opened).hasSize(1);
    }

    @Test
    void planButtonTogglesThePlan() {
        select(SyntheticPrograms.ONLOAD);
        assertThat(vm.plannedProperty().get()).isFalse();
        vm.togglePlanned();
        assertThat(vm.plannedProperty().get()).isTrue();
        assertThat(sc12.plan().contains(SyntheticPrograms.ONLOAD)).isTrue();
        vm.togglePlanned();
        assertThat(sc12.plan().contains(SyntheticPrograms.ONLOAD)).isFalse();
    }

    @Test
    void anUndatedSessionKeepsItsClockText() {
        select("bof219");
        assertThat(vm.dayProperty().get()).isEqualTo("Date not known");
        assertThat(vm.conferenceTimeProperty().get()).isEqualTo("12:15PM - 1:15PM");
        assertThat(vm.laptopTimeProperty().get()).isEmpty();
    }

    @Test
    void emptyWhenNothingIsSelected() {
        select(SyntheticPrograms.ONLOAD);
        sc12.selectedProperty().set(null);
        assertThat(vm.sessionProperty().get()).isNull();
        assertThat(vm.titleProperty().get()).isEmpty();
        assertThat(vm.presenters()).isEmpty();
    }

    @Test
    void listsTheSessionsAtTheSameTimeMarksPlannedOnesAndShowsOneWhenAsked() {
        select(SyntheticPrograms.ONLOAD);
        assertThat(vm.sameTime()).extracting(DetailViewModel.Alternative::time, DetailViewModel.Alternative::room,
                DetailViewModel.Alternative::title, DetailViewModel.Alternative::planned)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("10:30\u201311:30", "255-EF", "Scaling MPI Collectives", false));
        assertThat(vm.sameTimeMoreProperty().get()).isZero();

        sc12.togglePlanned(sc12.conference().session("pap101").orElseThrow());
        assertThat(vm.sameTime()).extracting(DetailViewModel.Alternative::planned).containsExactly(true);

        vm.showAlternative(vm.sameTime().get(0));
        assertThat(sc12.selectedProperty().get().id()).isEqualTo("pap101");
        assertThat(vm.titleProperty().get()).isEqualTo("Scaling MPI Collectives");
        assertThat(vm.sameTime()).extracting(a -> a.session().id()).containsExactly(SyntheticPrograms.ONLOAD);

        select("pap102");
        assertThat(vm.sameTime()).as("nothing else at 13:30").isEmpty();
        select("bof219");
        assertThat(vm.sameTime()).as("no date, no same time").isEmpty();
    }

    @Test
    void aCrowdedSlotListsTheFirstFewAndCountsTheRest() {
        var zone = ZoneId.of("Europe/Brussels");
        List<org.conferenceplanner.domain.Session> parallel = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> org.conferenceplanner.domain.Session.builder("s" + i).title("Talk " + i).room("Room " + i)
                        .day(java.time.LocalDate.of(2025, 2, 1))
                        .start(java.time.Instant.parse("2025-02-01T09:00:00Z")).end(java.time.Instant.parse("2025-02-01T10:00:00Z"))
                        .build())
                .toList();
        OpenProgram fosdem = UiFixtures.open(new org.conferenceplanner.domain.Conference("f", "F", zone, "ULB",
                List.of(java.time.LocalDate.of(2025, 2, 1)), List.of(), parallel,
                new org.conferenceplanner.domain.ProgramSource("f.xml", org.conferenceplanner.domain.ProgramFormat.FRAB_XML, "")));
        DetailViewModel crowded = new DetailViewModel(UiFixtures.current(fosdem), zone, MESSAGES, TIMES, opened::add);
        fosdem.selectedProperty().set(parallel.get(0));
        assertThat(crowded.sameTime()).hasSize(DetailViewModel.SAME_TIME_SHOWN);
        assertThat(crowded.sameTimeMoreProperty().get()).isEqualTo(19 - DetailViewModel.SAME_TIME_SHOWN);
        assertThat(crowded.sameTime()).extracting(a -> a.session().id()).doesNotContain("s0").startsWith("s1", "s10", "s11");
    }
}
