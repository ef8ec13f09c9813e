package org.conferenceplanner.store;

/**
 * A store operation that could not be done, with a message written for the user (what, which file,
 * why). Thrown where failure is unexpected; expected trouble (a bad plan file) is a value instead.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
