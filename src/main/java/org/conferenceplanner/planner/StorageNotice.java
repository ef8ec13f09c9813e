package org.conferenceplanner.planner;

import java.util.Objects;

/**
 * Something about where a plan is kept that the user must be told, as a sentence ready to show: the
 * plan file was damaged and the backup was loaded, the plan is read-only, saving failed. Immutable.
 *
 * @param conferenceId whose plan
 * @param kind         what happened, for the view to pick an icon or a style
 * @param message      the full sentence for the user, naming the files involved
 */
public record StorageNotice(String conferenceId, Kind kind, String message) {

    public enum Kind {
        /** The plan file could not be read; it was moved aside and the backup was loaded. */
        RESTORED_FROM_BACKUP(true),
        /** The plan file could not be read and there was no usable backup; the plan starts empty. */
        UNREADABLE(true),
        /** Another running copy of the app has the plan open; this one shows it read-only. */
        READ_ONLY_LOCKED(true),
        /** The plan was written by a newer version of the app; it is shown but never overwritten. */
        READ_ONLY_NEWER_VERSION(true),
        /** The data folder cannot be written; changes are kept in memory only. */
        READ_ONLY_DISK(true),
        /** A save failed (disk full, permissions...); changes are kept in memory and retried. */
        SAVE_FAILED(true),
        /** Saving works again after a failure. */
        SAVED_AGAIN(false),
        /** The plan was written in an older format; it was read and will be saved in the current one. */
        MIGRATED(false);

        private final boolean problem;

        Kind(boolean problem) {
            this.problem = problem;
        }

        /** Whether the user should be warned (as opposed to informed). */
        public boolean isProblem() {
            return problem;
        }
    }

    public StorageNotice {
        Objects.requireNonNull(conferenceId, "conferenceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message;
    }
}
