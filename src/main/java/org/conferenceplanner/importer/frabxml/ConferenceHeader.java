package org.conferenceplanner.importer.frabxml;

import java.util.Map;

/**
 * What {@code <conference>} and {@code <version>} say about the conference, each field stripped and
 * empty when absent.
 */
record ConferenceHeader(
        String acronym,
        String title,
        String venue,
        String city,
        String timeZoneName,
        String dayChange,
        String version) {

    static final ConferenceHeader NONE = new ConferenceHeader("", "", "", "", "", "", "");

    static ConferenceHeader of(Map<String, String> conferenceFields, String version) {
        return new ConferenceHeader(
                field(conferenceFields, "acronym"),
                field(conferenceFields, "title"),
                field(conferenceFields, "venue"),
                field(conferenceFields, "city"),
                field(conferenceFields, "time_zone_name"),
                field(conferenceFields, "day_change"),
                version == null ? "" : version.strip());
    }

    ConferenceHeader withVersion(String newVersion) {
        return new ConferenceHeader(acronym, title, venue, city, timeZoneName, dayChange, newVersion.strip());
    }

    private static String field(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null ? "" : value.strip();
    }
}
