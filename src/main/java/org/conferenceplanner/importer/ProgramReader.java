package org.conferenceplanner.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The front door for program files: refuses files over the size limit before reading them, reads
 * the bytes once, picks the importer by content (never by file name) and runs it. Never throws for
 * bad files. Thread-safe.
 */
public final class ProgramReader implements ProgramFiles {

    static final int SNIFF_BYTES = 8192;

    private final List<ProgramImporter> importers;
    private final ImportLimits limits;

    public ProgramReader(List<ProgramImporter> importers, ImportLimits limits) {
        this.importers = List.copyOf(importers);
        this.limits = limits;
    }

    @Override
    public ImportResult read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (Files.isDirectory(file)) {
                return refuse(name, "this is a folder, not a program file");
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                return refuse(name, "the file is " + megabytes(size) + ", over the limit of " + megabytes(limits.maxBytes())
                        + " for a program file; it was not read");
            }
            byte[] bytes = Files.readAllBytes(file);
            return read(new ProgramInput(name, bytes));
        } catch (NoSuchFileException e) {
            return refuse(name, "the file does not exist");
        } catch (AccessDeniedException e) {
            return refuse(name, "the file cannot be read: permission denied");
        } catch (IOException | OutOfMemoryError e) {
            return refuse(name, "the file cannot be read: " + e.getMessage());
        }
    }

    /** Reads a program bundled with the app (a class-path resource). */
    @Override
    public ImportResult readResource(String resource, String displayName) {
        try (InputStream in = ProgramReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return refuse(displayName, "the program is missing from the application");
            }
            return read(new ProgramInput(displayName, in.readAllBytes()));
        } catch (IOException e) {
            return refuse(displayName, "the program cannot be read: " + e.getMessage());
        }
    }

    public ImportResult read(ProgramInput input) {
        if (input.bytes().length > limits.maxBytes()) {
            return refuse(input.name(), "the file is over the limit of " + megabytes(limits.maxBytes()) + " for a program file");
        }
        String head = TextDecoder.head(input.bytes(), SNIFF_BYTES);
        if (head.isBlank()) {
            return refuse(input.name(), "the file is empty");
        }
        if (head.chars().allMatch(c -> c == 0)) {
            return refuse(input.name(), "the file begins with nothing but zero bytes, as a file does that was never"
                    + " completely written; it holds no program");
        }
        Optional<ProgramImporter> importer = detect(input.bytes());
        if (importer.isEmpty()) {
            return refuse(input.name(), "this is not a program file this app reads (frab/Pentabarf XML or JSON, "
                    + "iCalendar, vCalendar 1.0 or SC program text)");
        }
        try {
            return importer.get().read(input);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // An importer bug must not reach the user as a stack trace, nor take the app down.
            return ImportResult.failed(input.name(), importer.get().format(), Problem.error(Location.of(input.name()),
                    "could not be read as " + importer.get().format().label() + ": internal error ("
                            + e.getClass().getSimpleName() + ")"));
        }
    }

    public Optional<ProgramImporter> detect(byte[] bytes) {
        String head = TextDecoder.head(bytes, SNIFF_BYTES);
        return importers.stream().filter(i -> i.recognizes(head)).findFirst();
    }

    private static ImportResult refuse(String name, String reason) {
        return ImportResult.failed(name, null, Problem.error(Location.of(name), reason));
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
