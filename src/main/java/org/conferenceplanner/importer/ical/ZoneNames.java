package org.conferenceplanner.importer.ical;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** Turns the zone names calendar files use into Java zones. Stateless. */
public final class ZoneNames {

    private ZoneNames() {
    }

    /**
     * "Europe/Berlin", or a prefixed id such as "/mozilla.org/20050126_1/Europe/Berlin" (its trailing
     * Area/City), or an offset id such as "UTC". Empty when the name is none of these.
     */
    public static Optional<ZoneId> resolve(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip();
        if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) {
            n = n.substring(1, n.length() - 1).strip();
        }
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Optional<ZoneId> direct = of(n);
        if (direct.isPresent()) {
            return direct;
        }
        for (int slash = n.indexOf('/'); slash >= 0; slash = n.indexOf('/', slash + 1)) {
            String tail = n.substring(slash + 1);
            if (tail.indexOf('/') > 0) {
                Optional<ZoneId> zone = of(tail);
                if (zone.isPresent()) {
                    return zone;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ZoneId> of(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
