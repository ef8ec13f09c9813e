package org.conferenceplanner.importer.frabxml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConferenceNamesTest {

    private static ConferenceHeader header(String acronym, String title, String venue, String city) {
        return new ConferenceHeader(acronym, title, venue, city, "", "", "");
    }

    @Test
    void idIsTheAcronymElseATitleSlugElseTheFileName() {
        assertThat(ConferenceNames.id(header("Camp2019", "Camp", "", ""), "x.xml")).isEqualTo("camp2019");
        assertThat(ConferenceNames.id(header("", "FOSDEM 2007", "", ""), "x.xml")).isEqualTo("fosdem-2007");
        assertThat(ConferenceNames.id(header("", "Café  Ünïcode!", "", ""), "x.xml")).isEqualTo("cafe-unicode");
        assertThat(ConferenceNames.id(header("", "", "", ""), "dir/My Schedule.v2.xml")).isEqualTo("my-schedule-v2");
        assertThat(ConferenceNames.id(header("", "!!!", "", ""), "...")).isEqualTo("schedule");
    }

    @Test
    void titleAndVenueFallBack() {
        assertThat(ConferenceNames.title(header("38c3", "", "", ""), "f.xml")).isEqualTo("38c3");
        assertThat(ConferenceNames.title(header("", "", "", ""), "f.xml")).isEqualTo("f");
        assertThat(ConferenceNames.venue(header("", "", "ULB", "Brussels"))).isEqualTo("ULB, Brussels");
        assertThat(ConferenceNames.venue(header("", "", "", "Brussels"))).isEqualTo("Brussels");
        assertThat(ConferenceNames.venue(header("", "", "Hall", ""))).isEqualTo("Hall");
        assertThat(ConferenceNames.venue(header("", "", "Leipzig", "Leipzig"))).isEqualTo("Leipzig");
    }

    @Test
    void cityNamesMatchRegionZones() {
        assertThat(ZoneChooser.zoneOfCity("Brussels")).hasToString("Europe/Brussels");
        assertThat(ZoneChooser.zoneOfCity("new york, USA")).hasToString("America/New_York");
        assertThat(ZoneChooser.zoneOfCity("Hamburg")).as("not a zone name").isNull();
        assertThat(ZoneChooser.zoneOfCity("")).isNull();
    }
}
