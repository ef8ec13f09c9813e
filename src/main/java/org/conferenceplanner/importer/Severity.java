package org.conferenceplanner.importer;

/** How bad a problem is. */
public enum Severity {
    /** Worth knowing; the data was read as the source meant it (for example a guessed zone). */
    INFO,
    /** Something was repaired, merged or left out of one session; the rest is fine. */
    WARNING,
    /** An event was refused, or the whole file could not be read. */
    ERROR
}
