package org.conferenceplanner.export;

import java.time.ZoneId;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.StandardImporters;

/** The SC12 program the app ships ({@code /programs/sc12.txt}), read by the real importer. */
final class Sc12Events {

    static final ZoneId DENVER = ZoneId.of("America/Denver");
    static final String RESOURCE = "/programs/sc12.txt";

    private Sc12Events() {
    }

    static Conference conference() {
        ImportResult result = StandardImporters.reader(ImportLimits.defaults()).readResource(RESOURCE, "sc12.txt");
        if (!result.succeeded()) {
            throw new AssertionError("the embedded SC12 program does not import: " + result.problems());
        }
        return result.conference();
    }
}
