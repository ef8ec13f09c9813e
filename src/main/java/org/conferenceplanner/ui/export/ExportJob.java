package org.conferenceplanner.ui.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.conferenceplanner.export.CalendarExporter;
import org.conferenceplanner.export.ExportFormat;
import org.conferenceplanner.export.ExportOptions;
import org.conferenceplanner.export.ExportResult;
import org.conferenceplanner.export.ExportSelection;
import org.conferenceplanner.store.AtomicFiles;

/**
 * One calendar export as the window runs it, off the FX thread: the calendar text, then the file,
 * written atomically (a reader never sees half a file; a failed write leaves the old one). Nothing is
 * written when no entry could be. Stateless.
 */
final class ExportJob {

    /**
     * @param result what the export produced
     * @param file   where it was written; null when nothing was (no session had a date and time)
     */
    record Written(ExportResult result, Path file) {
        boolean wroteFile() {
            return file != null;
        }
    }

    /** A file that could not be written; {@link ExportFailures} words it for the user. */
    static final class WriteFailed extends RuntimeException {
        private final transient Path file;

        WriteFailed(Path file, IOException cause) {
            super(file + ": " + cause, cause);
            this.file = Objects.requireNonNull(file, "file");
        }

        Path file() {
            return file;
        }

        IOException reason() {
            return (IOException) getCause();
        }
    }

    private ExportJob() {
    }

    static Written run(CalendarExporter exporter, ExportFormat format, ExportSelection selection, ExportOptions options,
            Path file) {
        ExportResult result = exporter.export(format, selection, options);
        if (result.written() == 0) {
            return new Written(result, null);
        }
        try {
            AtomicFiles.write(file, result.content().getBytes(StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new WriteFailed(file, e);
        }
        return new Written(result, file);
    }
}
