package org.conferenceplanner.domain;

import java.util.Objects;

/** A link from the program: its target as text (never fetched by the app) and a title. */
public record Link(String url, String title) {
    public Link {
        url = Objects.requireNonNull(url, "url").strip();
        title = Objects.requireNonNullElse(title, "").strip();
    }
}
