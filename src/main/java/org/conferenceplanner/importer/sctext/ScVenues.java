package org.conferenceplanner.importer.sctext;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Where each SC conference was held, to guess the time zone of a program file that does not say
 * (SC program pages give local clock times only). The guess is always reported.
 */
final class ScVenues {

    record Venue(String city, ZoneId zone) {
    }

    private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");
    private static final ZoneId MOUNTAIN = ZoneId.of("America/Denver");
    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final ZoneId EASTERN = ZoneId.of("America/New_York");

    private static final Map<Integer, Venue> BY_YEAR = Map.ofEntries(
            Map.entry(2008, new Venue("Austin", CENTRAL)),
            Map.entry(2009, new Venue("Portland", PACIFIC)),
            Map.entry(2010, new Venue("New Orleans", CENTRAL)),
            Map.entry(2011, new Venue("Seattle", PACIFIC)),
            Map.entry(2012, new Venue("Salt Lake City", MOUNTAIN)),
            Map.entry(2013, new Venue("Denver", MOUNTAIN)),
            Map.entry(2014, new Venue("New Orleans", CENTRAL)),
            Map.entry(2015, new Venue("Austin", CENTRAL)),
            Map.entry(2016, new Venue("Salt Lake City", MOUNTAIN)),
            Map.entry(2017, new Venue("Denver", MOUNTAIN)),
            Map.entry(2018, new Venue("Dallas", CENTRAL)),
            Map.entry(2019, new Venue("Denver", MOUNTAIN)),
            Map.entry(2020, new Venue("Atlanta (held online)", EASTERN)),
            Map.entry(2021, new Venue("St. Louis", CENTRAL)),
            Map.entry(2022, new Venue("Dallas", CENTRAL)),
            Map.entry(2023, new Venue("Denver", MOUNTAIN)),
            Map.entry(2024, new Venue("Atlanta", EASTERN)));

    private ScVenues() {
    }

    static Optional<Venue> of(int year) {
        return Optional.ofNullable(BY_YEAR.get(year));
    }
}
