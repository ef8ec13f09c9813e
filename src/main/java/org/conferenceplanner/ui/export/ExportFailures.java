package org.conferenceplanner.ui.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.conferenceplanner.ui.infra.Messages;

/**
 * Words a failed export for the user: which file, why (a missing or read-only folder, a file in the
 * way, a full disk) and what to do; never a stack trace. Stateless.
 */
final class ExportFailures {

    private ExportFailures() {
    }

    static String message(Throwable failure, Messages m) {
        if (failure instanceof ExportJob.WriteFailed w) {
            return m.get("export.failed.write", w.file(), reason(w.reason(), m));
        }
        return m.get("export.failed", failure.getClass().getSimpleName());
    }

    private static String reason(IOException e, Messages m) {
        if (e instanceof NoSuchFileException) {
            return m.get("export.failed.noFolder");
        }
        if (e instanceof AccessDeniedException) {
            return m.get("export.failed.denied");
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return m.get("export.failed.notFolder", ((FileSystemException) e).getFile());
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
