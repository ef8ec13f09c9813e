package org.conferenceplanner.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.testing.SyntheticPrograms;
import org.junit.jupiter.api.Test;

class DeferredSearchIndexTest {

    private final List<Session> sessions = SyntheticPrograms.sc12Like().sessions();

    @Test
    void isBuiltOnFirstUseAndFindsWhatABuiltIndexFinds() {
        DeferredSearchIndex deferred = DeferredSearchIndex.of(sessions);
        assertThat(deferred.isBuilt()).isFalse();
        SearchIndex index = deferred.get();
        assertThat(deferred.isBuilt()).isTrue();
        assertThat(deferred.get()).isSameAs(index);
        assertThat(index.ids(index.find("openonload"))).containsExactly(SyntheticPrograms.ONLOAD);
        assertThat(index.ids(index.find("paper"))).isEqualTo(
                SearchIndex.of(sessions).ids(SearchIndex.of(sessions).find("paper")));
    }

    @Test
    void threadsAskingAtOnceGetTheOneIndex() {
        DeferredSearchIndex deferred = DeferredSearchIndex.of(sessions);
        List<CompletableFuture<SearchIndex>> asks = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(deferred::get)).toList();
        SearchIndex first = asks.get(0).join();
        assertThat(asks).allSatisfy(a -> assertThat(a.join()).isSameAs(first));
    }
}
