package org.conferenceplanner.importer.frabjson;

/** The JSON is readable but is not a schedule at all (an array, a number, an unrelated object). */
final class NotAScheduleException extends Exception {

    private static final long serialVersionUID = 1L;

    NotAScheduleException(String message) {
        super(message, null, false, false);
    }
}
