package org.conferenceplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.conferenceplanner.bench.GeneratedPrograms.Format;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.search.SearchIndex;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Our code on the generated programs the benchmarks use: correct at 10,000 and 50,000 sessions, not only fast. */
class GeneratedProgramScaleTest {

    private static List<SourceProgram> sources;

    @BeforeAll
    static void readSources() {
        GeneratedPrograms.SOURCES.forEach(SharedData::schedule);
        sources = GeneratedPrograms.sources();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void tenThousandSessionsImportWithNothingLostOrAdded(Format format) {
        ImportResult r = StandardImporters.reader(ImportLimits.defaults()).read(GeneratedPrograms.file(format, 10_000));

        assertThat(r.succeeded()).as("%s", r.problems()).isTrue();
        assertThat(r.eventsInFile()).isEqualTo(r.conference().sessions().size() + r.refused() + r.merged());
        GeneratedProgramRoundTripTest.assertSameSessions(GeneratedPrograms.generate(sources, 10_000).conference(), r);
    }

    @Test
    void searchOverFiftyThousandSessionsFindsWhatANaiveScanFinds() {
        Conference program = GeneratedPrograms.generate(sources, 50_000).conference();
        SearchIndex index = SearchIndex.of(program.sessions());
        NaiveSearch naive = new NaiveSearch(program.sessions());

        List<String> queries = SearchQueries.phrases(program, GeneratedPrograms.SEED);
        queries.addAll(List.of("k", "ke", "ker", "müll", "MÜLLER", "saal 1", "rust kernel"));
        int nonEmpty = 0;
        for (String q : queries) {
            List<String> expected = naive.ids(q);
            assertThat(index.ids(index.find(q))).as(q).isEqualTo(expected);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).isGreaterThan(queries.size() * 3 / 4);
    }
}
