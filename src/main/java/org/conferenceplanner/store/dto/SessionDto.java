package org.conferenceplanner.store.dto;

import java.util.ArrayList;
import java.util.List;

/** A snapshot of a session as last seen in its program, so a pick the program dropped can still be shown. */
public final class SessionDto extends UnknownFields {
    public String id;
    public String guid;
    public String title;
    public String subtitle;
    public String eventType;
    public String track;
    public String day;
    public String start;
    public String end;
    public String timeText;
    public String room;
    public List<PersonDto> people = new ArrayList<>();
    public String abstractText;
    public List<LinkDto> links = new ArrayList<>();
    public String language;
    public String url;
    public boolean cancelled;

    /** Someone on the session; {@code role} is a {@code Role} name. */
    public static final class PersonDto extends UnknownFields {
        public String name;
        public String role;
        public String affiliation;
    }

    public static final class LinkDto extends UnknownFields {
        public String url;
        public String title;
    }
}
