package org.conferenceplanner.export;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * VTIMEZONE definitions from ical4j's bundled time zone data (never fetched), cut down to the
 * observances that matter for the dates exported: the one in force at the first date and every one
 * that begins before the last. A zone ical4j does not know (a bare offset such as {@code +01:00})
 * has no definition: its times are then written in UTC. Thread-safe (ical4j caches onsets inside
 * observances, so calls are serialised).
 */
final class ZoneDefinitions {

    /** ical4j computes onsets to within a few hours; a margin of days keeps the cut safe. */
    private static final Duration MARGIN = Duration.ofDays(2);

    private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** The definition of {@code zone} valid from {@code from} to {@code to}, or empty when there is none. */
    synchronized Optional<VTimeZone> covering(ZoneId zone, Instant from, Instant to) {
        if (zone instanceof ZoneOffset || zone.normalized() instanceof ZoneOffset) {
            return Optional.empty();
        }
        TimeZone tz;
        try {
            tz = registry.getTimeZone(zone.getId());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (tz == null || tz.getVTimeZone() == null) {
            return Optional.empty();
        }
        VTimeZone full = tz.getVTimeZone();
        OffsetDateTime first = from.minus(MARGIN).atOffset(ZoneOffset.UTC);
        OffsetDateTime last = to.plus(MARGIN).atOffset(ZoneOffset.UTC);
        List<Observance> keep = new ArrayList<>();
        Observance inForce = full.getApplicableObservance(first);
        for (Observance o : full.getObservances()) {
            OffsetDateTime onset = o.getLatestOnset(last);
            if (o == inForce || onset != null && !onset.isBefore(first)) {
                keep.add(o);
            }
        }
        if (keep.isEmpty()) {
            return Optional.of(full);
        }
        VTimeZone cut = full.copy();
        cut.setComponentList(new ComponentList<>(keep));
        return Optional.of(cut);
    }
}
