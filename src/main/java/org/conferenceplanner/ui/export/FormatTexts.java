package org.conferenceplanner.ui.export;

import org.conferenceplanner.export.ExportFormat;
import org.conferenceplanner.ui.infra.Messages;

/** The window's names of the export formats. Stateless. */
final class FormatTexts {

    private FormatTexts() {
    }

    /** The choice as the export dialog offers it. */
    static String choice(ExportFormat f, Messages m) {
        return switch (f) {
            case ICS -> m.get("export.format.ics");
            case VCS -> m.get("export.format.vcs");
            case GOOGLE -> m.get("export.format.google");
        };
    }

    /** The save dialog's file filter. */
    static String filter(ExportFormat f, Messages m) {
        return switch (f) {
            case ICS -> m.get("export.filter.ics");
            case VCS -> m.get("export.filter.vcs");
            case GOOGLE -> m.get("export.filter.html");
        };
    }
}
