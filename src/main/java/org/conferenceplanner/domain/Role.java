package org.conferenceplanner.domain;

import java.util.Locale;

/** What a person does on a session. */
public enum Role {
    SPEAKER("Speaker"),
    PRESENTER("Presenter"),
    AUTHOR("Author"),
    CHAIR("Chair"),
    SESSION_LEADER("Session leader"),
    MODERATOR("Moderator"),
    OTHER("Other");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Leads a session rather than presenting in it. */
    public boolean isChairing() {
        return this == CHAIR || this == SESSION_LEADER || this == MODERATOR;
    }

    /** Reads the role words sources use ("session chair", "Primary Session Leader", "author"...). */
    public static Role parse(String text) {
        if (text == null) {
            return SPEAKER;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("leader")) {
            return SESSION_LEADER;
        }
        if (t.contains("chair")) {
            return CHAIR;
        }
        if (t.contains("moderat")) {
            return MODERATOR;
        }
        if (t.contains("author")) {
            return AUTHOR;
        }
        if (t.contains("presenter")) {
            return PRESENTER;
        }
        if (t.isBlank() || t.contains("speaker")) {
            return SPEAKER;
        }
        return OTHER;
    }
}
