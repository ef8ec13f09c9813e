package org.conferenceplanner.importer;

import java.util.List;
import org.conferenceplanner.importer.frabjson.FrabJsonImporter;
import org.conferenceplanner.importer.frabxml.FrabXmlImporter;
import org.conferenceplanner.importer.ical.ICalendarImporter;
import org.conferenceplanner.importer.sctext.ScTextImporter;
import org.conferenceplanner.importer.vcal.VCalendarImporter;

/** Every importer the app has, in the order detection asks them. */
public final class StandardImporters {

    private StandardImporters() {
    }

    public static List<ProgramImporter> all() {
        return List.of(
                new FrabJsonImporter(),
                new FrabXmlImporter(),
                new ScTextImporter(),
                new ICalendarImporter(),
                new VCalendarImporter());
    }

    public static ProgramReader reader(ImportLimits limits) {
        return new ProgramReader(all(), limits);
    }
}
