package org.conferenceplanner.importer.robustness;

import java.nio.file.Path;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.StandardImporters;

/**
 * Run by {@link HostileInputTest} in a separate JVM with a small heap: reads each file named on the
 * command line through {@link ProgramReader} and prints one line per file, {@code REFUSED} or
 * {@code IMPORTED}, with {@code SLOW} in front when it took over 2 s. An expansion the importer let
 * through would end in an OutOfMemoryError, which the reader reports as an internal error.
 */
public final class ReadInSmallHeap {

    private ReadInSmallHeap() {
    }

    public static void main(String[] files) {
        ProgramReader reader = StandardImporters.reader(ImportLimits.defaults());
        for (String file : files) {
            long started = System.nanoTime();
            ImportResult r = reader.read(Path.of(file));
            long millis = (System.nanoTime() - started) / 1_000_000;
            String outcome = r.succeeded() ? "IMPORTED " : "REFUSED ";
            System.out.println((millis > 2_000 ? "SLOW " : "") + outcome + file + " in " + millis + " ms: "
                    + r.firstError().map(Object::toString).orElse("no error"));
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.println("heap used " + (runtime.totalMemory() - runtime.freeMemory()) / (1 << 20) + " MB of "
                + runtime.maxMemory() / (1 << 20) + " MB");
    }
}
