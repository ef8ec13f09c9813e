package org.conferenceplanner.importer;

/**
 * Settings that protect the app from hostile or absurd files.
 *
 * @param maxBytes a file larger than this is refused before it is read (generated 50,000-session
 *                 programs reach 100 MB, so the default is 256 MB)
 */
public record ImportLimits(long maxBytes) {
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    public static ImportLimits defaults() {
        return new ImportLimits(DEFAULT_MAX_BYTES);
    }

    public ImportLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }
}
