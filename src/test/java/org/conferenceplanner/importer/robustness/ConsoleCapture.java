package org.conferenceplanner.importer.robustness;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Catches whatever is written to {@code System.out} and {@code System.err} while it is open (the JDK's
 * XML parser prints some errors there itself), and puts the real streams back on close. Used by one
 * test at a time.
 */
final class ConsoleCapture implements AutoCloseable {

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    ConsoleCapture() {
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
    }

    /** What was printed since the last call, if anything. */
    synchronized Optional<String> take() {
        if (captured.size() == 0) {
            return Optional.empty();
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        captured.reset();
        return Optional.of(text.length() > 200 ? text.substring(0, 200) + "..." : text);
    }

    @Override
    public void close() {
        System.setOut(out);
        System.setErr(err);
    }
}
