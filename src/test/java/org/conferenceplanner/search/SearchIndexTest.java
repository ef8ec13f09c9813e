package org.conferenceplanner.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.testing.TestSessions.at;
import static org.conferenceplanner.testing.TestSessions.presenters;
import static org.conferenceplanner.testing.TestSessions.session;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Session;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private final Session onload = at("exforum140", "The OpenOnload User-level Network Stack", "155-C",
            "2012-11-14T11:00", 30, org.conferenceplanner.testing.TestSessions.DENVER)
            .eventType("Exhibitor Forums").track("Software Platforms")
            .people(presenters("Solarflare", "Dave Parry", "Steve Pope"))
            .abstractText("Kernel bypass for (low-latency) networking on commodity hardware.").build();
    private final Session mpi = at("pap101", "Scaling MPI to a Million Cores", "255-EF", "2012-11-14T10:30", 30,
            org.conferenceplanner.testing.TestSessions.DENVER)
            .eventType("Papers").track("Parallel Programming")
            .people(List.of(new Person("Jörg Müller", Role.AUTHOR, "Universität Stuttgart"),
                    new Person("Ann Lee", Role.CHAIR, "Argonne National Laboratory")))
            .abstractText("We scale MPI collectives; user-level networking is discussed.").build();
    private final Session keynote = session("inspkr103", "Physics of the Future", "Ballroom-EFGH", "2012-11-13T08:30", 60);
    private final SearchIndex index = SearchIndex.of(List.of(onload, mpi, keynote));

    private List<String> find(String query) {
        return index.ids(index.find(query));
    }

    @Test
    void findsByTitleIgnoringCase() {
        assertThat(find("OPENONLOAD")).containsExactly("exforum140");
        assertThat(find("openonl")).containsExactly("exforum140");
    }

    @Test
    void findsByPresenterAffiliationRoomAndTrack() {
        assertThat(find("steve pope")).containsExactly("exforum140");
        assertThat(find("solarflare")).containsExactly("exforum140");
        assertThat(find("155-c")).containsExactly("exforum140");
        assertThat(find("software platforms")).containsExactly("exforum140");
        assertThat(find("argonne")).containsExactly("pap101");
        assertThat(find("ballroom")).containsExactly("inspkr103");
    }

    @Test
    void findsInTheAbstractAndInsidePunctuation() {
        assertThat(find("latency")).containsExactly("exforum140");
        assertThat(find("user-level")).containsExactly("exforum140", "pap101");
        assertThat(find("collectives")).containsExactly("pap101");
    }

    @Test
    void everyWordMustMatch() {
        assertThat(find("user-level mpi")).containsExactly("pap101");
        assertThat(find("user-level keynote")).isEmpty();
    }

    @Test
    void accentsAreIgnoredBothWays() {
        assertThat(find("muller")).containsExactly("pap101");
        assertThat(find("MÜLLER universitat")).containsExactly("pap101");
    }

    @Test
    void blankQueryMatchesAll() {
        assertThat(index.find("   ").cardinality()).isEqualTo(3);
        assertThat(index.find(null).cardinality()).isEqualTo(3);
    }

    @Test
    void shortWordsGiveTheSameAnswerTwice() {
        BitSet first = index.find("on");
        first.clear();
        assertThat(find("on")).containsExactly("exforum140", "pap101");
        assertThat(find("z")).isEmpty();
    }

    @Test
    void agreesWithAPlainScanOnRandomText() {
        Random random = new Random(7);
        String[] words = {"grid", "mpi", "gpu", "exascale", "I/O", "Ünïcode", "fault-tolerance", "open", "onload",
                "cloud", "(hybrid)", "c++", "x86"};
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "\n");
            }
            sessions.add(Session.builder("s" + i).title("Talk " + i).abstractText(text.toString()).build());
        }
        SearchIndex big = SearchIndex.of(sessions);
        for (String query : List.of("gpu", "pu", "o", "c++ grid", "nico", "ault-tol", "talk 1", "hybrid) x", "unicode")) {
            List<String> expected = sessions.stream()
                    .filter(s -> List.of(SearchText.fold(query).split("\\s+")).stream()
                            .allMatch(SearchText.of(s)::contains))
                    .map(Session::id).toList();
            assertThat(big.ids(big.find(query))).as(query).isEqualTo(expected);
        }
    }
}
