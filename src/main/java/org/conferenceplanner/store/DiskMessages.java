package org.conferenceplanner.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Turns an I/O failure into the few words a user understands ("the disk is full"). Stateless. */
final class DiskMessages {

    private DiskMessages() {
    }

    static String reason(Exception e) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : text;
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space") || lower.contains("disk full") || lower.contains("not enough space")) {
            return "the disk is full";
        }
        if (lower.contains("read-only file system")) {
            return "the disk is read-only";
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied") || lower.contains("access is denied")) {
            return "permission denied (the folder is read-only)";
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException
                || lower.contains("not a directory")) {
            return "a file is in the way where a folder should be";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        return reason.isBlank() ? e.getClass().getSimpleName() : reason;
    }
}
