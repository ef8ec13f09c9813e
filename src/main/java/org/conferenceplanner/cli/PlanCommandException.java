package org.conferenceplanner.cli;

/** A {@code plan} command that cannot do what was asked: one line for stderr and the exit code. */
final class PlanCommandException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    PlanCommandException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
