package org.conferenceplanner.ui.schedule;

import java.util.function.Function;
import org.conferenceplanner.domain.Session;

/** What a session's colour stands for. */
public enum ColourBy {
    EVENT_TYPE(Session::eventType),
    TRACK(Session::track);

    private final Function<Session, String> category;

    ColourBy(Function<Session, String> category) {
        this.category = category;
    }

    public Function<Session, String> category() {
        return category;
    }
}
