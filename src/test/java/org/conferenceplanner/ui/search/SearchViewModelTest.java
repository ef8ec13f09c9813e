package org.conferenceplanner.ui.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.testing.UiFixtures.MESSAGES;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.testing.SyntheticPrograms;
import org.conferenceplanner.testing.UiFixtures;
import org.conferenceplanner.ui.state.OpenProgram;
import org.junit.jupiter.api.Test;

class SearchViewModelTest {

    private final OpenProgram sc12 = UiFixtures.open(SyntheticPrograms.sc12Like());
    private final SimpleObjectProperty<OpenProgram> current = UiFixtures.current(sc12);
    private final SearchViewModel vm = new SearchViewModel(current, MESSAGES);

    private Session session(String id) {
        return sc12.conference().session(id).orElseThrow();
    }

    private List<String> shown() {
        return sc12.conference().sessions().stream().filter(vm.filterProperty().get()).map(Session::id).toList();
    }

    @Test
    void offersTheConferencesTypesTracksRoomsAndDays() {
        assertThat(vm.eventTypes()).contains("Exhibitor Forums", "Papers", "Tutorials", "Birds of a Feather");
        assertThat(vm.tracks()).contains("Software Platforms", "GPU Computing");
        assertThat(vm.rooms()).startsWith("155-C", "255-EF", "355-A", "Ballroom-EFGH");
        assertThat(vm.days()).hasSize(7);
    }

    @Test
    void searchCountsAndNamesTheMatches() {
        vm.queryProperty().set("openonload");
        assertThat(vm.matchIdsProperty().get()).containsExactly(SyntheticPrograms.ONLOAD);
        assertThat(vm.countTextProperty().get()).isEqualTo("1 match");
        vm.queryProperty().set("paper");
        assertThat(vm.matchIdsProperty().get()).containsExactlyInAnyOrder("pap101", "pap102");
        assertThat(vm.countTextProperty().get()).isEqualTo("2 matches");
        vm.queryProperty().set("nothing-like-this");
        assertThat(vm.countTextProperty().get()).isEqualTo("No matches");
        vm.queryProperty().set("");
        assertThat(vm.countTextProperty().get()).isEmpty();
        assertThat(vm.matchIdsProperty().get()).isEmpty();
    }

    @Test
    void searchFindsPeopleAndAffiliations() {
        vm.queryProperty().set("Steve Pope");
        assertThat(vm.matchIdsProperty().get()).containsExactly(SyntheticPrograms.ONLOAD);
        vm.queryProperty().set("argonne");
        assertThat(vm.matchIdsProperty().get()).containsExactly("pap101");
    }

    @Test
    void filtersCombineAndAnEmptyChoiceMeansAll() {
        assertThat(shown()).hasSize(6);
        vm.chosenEventTypes().setAll("Papers");
        assertThat(shown()).containsExactly("pap101", "pap102");
        vm.chosenTracks().setAll("GPU Computing");
        assertThat(shown()).containsExactly("pap102");
        vm.clearFilters();
        vm.chosenRooms().setAll("155-C", "Ballroom-EFGH");
        assertThat(shown()).containsExactly(SyntheticPrograms.ONLOAD, "inspkr103");
        vm.clearFilters();
        vm.chosenDays().setAll(LocalDate.of(2012, 11, 13));
        assertThat(shown()).containsExactly("inspkr103");
    }

    @Test
    void onlyMyPlanFollowsThePlan() {
        vm.onlyMyPlanProperty().set(true);
        assertThat(shown()).isEmpty();
        sc12.togglePlanned(session("pap102"));
        assertThat(shown()).containsExactly("pap102");
    }

    @Test
    void matchesAreOnlyAmongShownSessions() {
        vm.queryProperty().set("paper");
        vm.chosenTracks().setAll("GPU Computing");
        assertThat(vm.matchIdsProperty().get()).containsExactly("pap102");
        assertThat(vm.matchCountProperty().get()).isEqualTo(1);
    }

    @Test
    void nextMatchGoesThroughMatchesInTimeOrderAndWraps() {
        vm.queryProperty().set("paper");
        Session first = vm.nextMatch(null).orElseThrow();
        assertThat(first.id()).isEqualTo("pap101");
        assertThat(vm.nextMatch(first).orElseThrow().id()).isEqualTo("pap102");
        assertThat(vm.nextMatch(session("pap102")).orElseThrow().id()).isEqualTo("pap101");
    }

    @Test
    void aNewConferenceClearsQueryAndFilters() {
        vm.queryProperty().set("paper");
        vm.chosenEventTypes().setAll("Papers");
        current.set(UiFixtures.open(SyntheticPrograms.fosdemLike()));
        assertThat(vm.queryProperty().get()).isEmpty();
        assertThat(vm.chosenEventTypes()).isEmpty();
        assertThat(vm.rooms()).containsExactly("Janson", "K.1.105");
    }

    @Test
    void escapeClearsTheQueryOnce() {
        vm.queryProperty().set("x");
        assertThat(vm.clearQuery()).isTrue();
        assertThat(vm.clearQuery()).isFalse();
    }
}
