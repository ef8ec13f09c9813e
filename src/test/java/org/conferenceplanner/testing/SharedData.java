package org.conferenceplanner.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real program files in {@code ../shared}, found through the system properties
 * {@code schedules.dir} and {@code shared.dir} (set by the pom). A test that needs them calls
 * {@link #schedule} and is reported skipped when they are absent.
 */
public final class SharedData {

    private SharedData() {
    }

    /** A file under the schedules folder, e.g. {@code frab-xml/fosdem-2025.xml}; skips the test when absent. */
    public static Path schedule(String relative) {
        Path dir = Path.of(System.getProperty("schedules.dir", "../shared/schedules"));
        Path file = dir.resolve(relative);
        assumeTrue(Files.isRegularFile(file), "real program file not available: " + file);
        return file;
    }

    /** A file under the shared folder, e.g. {@code seed/000_6683d7f1937232e4.txt}; skips the test when absent. */
    public static Path shared(String relative) {
        Path dir = Path.of(System.getProperty("shared.dir", "../shared"));
        Path file = dir.resolve(relative);
        assumeTrue(Files.exists(file), "shared file not available: " + file);
        return file;
    }

    /** A fixture of our own in src/test/resources. */
    public static Path fixture(String resource) {
        try {
            var url = SharedData.class.getResource("/fixtures/" + resource);
            if (url == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return Path.of(url.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
