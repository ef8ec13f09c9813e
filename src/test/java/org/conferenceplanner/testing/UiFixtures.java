package org.conferenceplanner.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleObjectProperty;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.planner.InMemoryPlanRepository;
import org.conferenceplanner.planner.PlanRepository;
import org.conferenceplanner.search.SearchIndex;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.TimeTexts;
import org.conferenceplanner.ui.state.OpenProgram;

/** Ready-made pieces for view-model tests. */
public final class UiFixtures {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2012-11-01T12:00:00Z"), ZoneOffset.UTC);
    public static final Messages MESSAGES = Messages.english();
    public static final TimeTexts TIMES = new TimeTexts(MESSAGES.locale());

    private UiFixtures() {
    }

    public static OpenProgram open(Conference c, PlanRepository plans) {
        ImportResult result = new ImportResult(c.source().name(), c.source().format(), c, java.util.List.of(),
                c.sessions().size(), 0, 0);
        return new OpenProgram(result, null, SearchIndex.of(c.sessions()), plans.load(c.id()), plans, CLOCK);
    }

    public static OpenProgram open(Conference c) {
        return open(c, new InMemoryPlanRepository());
    }

    public static SimpleObjectProperty<OpenProgram> current(OpenProgram p) {
        return new SimpleObjectProperty<>(p);
    }

    public static Plan plan(OpenProgram p) {
        return p.plan();
    }
}
