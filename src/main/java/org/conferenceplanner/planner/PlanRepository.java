package org.conferenceplanner.planner;

import java.util.function.Consumer;
import org.conferenceplanner.domain.Plan;

/**
 * Where plans live. The window's view models talk to this port; the store provides the durable
 * implementation ({@code store.JsonPlanRepository}), tests and the first window use
 * {@link InMemoryPlanRepository}. Implementations are thread-safe; their methods may block on file
 * I/O, so the window calls them through its task runner.
 */
public interface PlanRepository {

    /** The saved plan of a conference, or an empty one. */
    Plan load(String conferenceId);

    /**
     * The saved plan of a conference without opening it: no lock is taken and nothing is repaired, so
     * looking at another conference's plan never makes it read-only for another copy of the app. When
     * this repository has the plan open, the plan as it is now.
     */
    default Plan peek(String conferenceId) {
        return load(conferenceId);
    }

    /** Records the plan; an implementation may write it later (debounced), but must not lose it. */
    void save(Plan plan);

    /**
     * Opens a conference's plan and says what the user must be told about it (restored from a backup,
     * read-only because another copy of the app has it open...). Later calls return the plan as it is
     * now, with the same notices.
     */
    default LoadReport open(String conferenceId) {
        return LoadReport.clean(load(conferenceId));
    }

    /** Writes every pending change now and waits for it; called on exit. */
    default void flush() {
    }

    /**
     * Registers a listener for notices that arise after opening (a save failed, saving works again).
     * The listener is called on whatever thread noticed it; the window hops to the FX thread itself.
     */
    default void addNoticeListener(Consumer<StorageNotice> listener) {
    }
}
