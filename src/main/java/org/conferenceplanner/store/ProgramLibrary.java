package org.conferenceplanner.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.store.dto.ProgramIndexDto;
import org.conferenceplanner.store.dto.ProgramIndexDto.ProgramDto;

/**
 * The programs the user has imported, each copied into the data directory so the app works offline
 * and even after the original file is gone. One program per conference id: importing a newer version
 * replaces the copy. The index ({@code index.json}) also says when each was last opened, which gives
 * the Recent list and the program to open at start.
 *
 * <p>Thread-safe (methods are serialised); they block on file I/O, so call them off the FX thread.
 * Failures to write throw {@link StoreException} with a user-readable message.
 */
public final class ProgramLibrary {

    private static final String INDEX = "index.json";

    private final Path dir;
    private final Clock clock;
    /** Made on the first read or write of the index: the window is built while a library is made. */
    private ObjectMapper mapper;
    private ProgramIndexDto index;
    private String problem;

    public ProgramLibrary(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Keeps a copy of {@code original} (the file {@code conference} was imported from) and marks it as
     * just opened. Importing the library's own copy again only marks it opened.
     */
    public synchronized KnownProgram add(Path original, Conference conference) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(original);
        } catch (IOException e) {
            throw new StoreException("The program " + original + " could not be read to keep a copy: "
                    + DiskMessages.reason(e), e);
        }
        String name = original.getFileName() == null ? original.toString() : original.getFileName().toString();
        return add(name, bytes, conference);
    }

    /** Keeps a copy of a program's bytes under its conference id; see {@link #add(Path, Conference)}. */
    public synchronized KnownProgram add(String originalName, byte[] bytes, Conference conference) {
        ProgramIndexDto idx = index();
        String sha = FileNames.sha256(bytes);
        Instant now = clock.instant();
        Optional<ProgramDto> old = entry(conference.id());
        String fileName = FileNames.safe(conference.id()) + "-" + sha.substring(0, 12) + extension(originalName);
        Path copy = dir.resolve(fileName);
        try {
            if (!Files.isRegularFile(copy) || !sha.equals(FileNames.sha256(Files.readAllBytes(copy)))) {
                AtomicFiles.write(copy, bytes, null);
            }
        } catch (IOException e) {
            throw new StoreException("A copy of " + originalName + " could not be kept in " + dir + ": "
                    + DiskMessages.reason(e) + ". The program is open but will not be available offline.", e);
        }
        ProgramDto dto = old.orElseGet(ProgramDto::new);
        boolean sameVersion = sha.equals(dto.sha256);
        String superseded = old.isPresent() && !fileName.equals(dto.file) ? dto.file : null;
        dto.conferenceId = conference.id();
        dto.title = conference.title();
        dto.file = fileName;
        if (!sameVersion || dto.originalName == null) {
            dto.originalName = originalName;
            dto.importedAt = now.toString();
        }
        dto.sha256 = sha;
        dto.lastOpened = now.toString();
        if (old.isEmpty()) {
            idx.programs.add(dto);
        }
        writeIndex();
        if (superseded != null) {
            deleteQuietly(dir.resolve(superseded));
        }
        return toKnown(dto).orElseThrow();
    }

    /** Records that a kept program was opened again (from the Recent list or at start). */
    public synchronized void markOpened(String conferenceId) {
        Optional<ProgramDto> dto = entry(conferenceId);
        if (dto.isPresent()) {
            dto.get().lastOpened = clock.instant().toString();
            writeIndex();
        }
    }

    /** Removes a program from the library and deletes the app's copy (never the user's original). */
    public synchronized void forget(String conferenceId) {
        Optional<ProgramDto> dto = entry(conferenceId);
        if (dto.isPresent()) {
            index().programs.remove(dto.get());
            writeIndex();
            deleteQuietly(dir.resolve(dto.get().file));
        }
    }

    /** Every kept program whose copy is still there, most recently opened first: the Recent list. */
    public synchronized List<KnownProgram> programs() {
        List<KnownProgram> list = new ArrayList<>();
        for (ProgramDto dto : index().programs) {
            toKnown(dto).filter(k -> Files.isRegularFile(k.file())).ifPresent(list::add);
        }
        list.sort(Comparator.comparing(KnownProgram::lastOpened).reversed());
        return list;
    }

    public synchronized List<KnownProgram> recent(int limit) {
        List<KnownProgram> all = programs();
        return all.subList(0, Math.min(limit, all.size()));
    }

    /** What to open at start: the program opened last; empty on first start. */
    public synchronized Optional<KnownProgram> lastOpened() {
        return programs().stream().findFirst();
    }

    public synchronized Optional<KnownProgram> find(String conferenceId) {
        return entry(conferenceId).flatMap(this::toKnown).filter(k -> Files.isRegularFile(k.file()));
    }

    /** What went wrong reading the index (and where it was moved), if anything: for a notice. */
    public synchronized Optional<String> problem() {
        index();
        return Optional.ofNullable(problem);
    }

    private Optional<ProgramDto> entry(String conferenceId) {
        return index().programs.stream().filter(p -> conferenceId.equals(p.conferenceId)).findFirst();
    }

    private Optional<KnownProgram> toKnown(ProgramDto dto) {
        try {
            if (dto.conferenceId == null || dto.file == null || dto.file.contains("/") || dto.file.contains("\\")) {
                return Optional.empty();
            }
            Instant imported = dto.importedAt == null ? Instant.EPOCH : Instant.parse(dto.importedAt);
            Instant opened = dto.lastOpened == null ? imported : Instant.parse(dto.lastOpened);
            return Optional.of(new KnownProgram(dto.conferenceId, dto.title, dir.resolve(dto.file), dto.originalName,
                    dto.sha256, imported, opened));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private ProgramIndexDto index() {
        if (index == null) {
            index = readIndex();
        }
        return index;
    }

    private ProgramIndexDto readIndex() {
        Path file = dir.resolve(INDEX);
        try {
            ProgramIndexDto dto = mapper().readValue(Files.readAllBytes(file), ProgramIndexDto.class);
            if (dto == null) {
                throw new IOException("no JSON object");
            }
            if (dto.programs == null) {
                dto.programs = new ArrayList<>();
            }
            dto.programs.removeIf(p -> p == null);
            return dto;
        } catch (NoSuchFileException e) {
            return new ProgramIndexDto();
        } catch (IOException e) {
            String kept;
            try {
                kept = " It was kept as " + AtomicFiles.moveAside(file, "unreadable") + ".";
            } catch (IOException moveFailed) {
                kept = "";
            }
            problem = "The list of kept programs (" + file + ") was unreadable; programs must be opened again." + kept;
            return new ProgramIndexDto();
        }
    }

    private void writeIndex() {
        Path file = dir.resolve(INDEX);
        try {
            index.schemaVersion = Math.max(index.schemaVersion, ProgramIndexDto.SCHEMA_VERSION);
            AtomicFiles.write(file, mapper().writeValueAsBytes(index), null);
        } catch (IOException e) {
            throw new StoreException("The list of kept programs could not be saved to " + file + ": "
                    + DiskMessages.reason(e), e);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot);
        return ext.matches("\\.[A-Za-z0-9]{1,8}") ? ext : ".program";
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // an old copy left behind costs only disk space
        }
    }

    private ObjectMapper mapper() {
        if (mapper == null) {
            mapper = StoreJson.mapper();
        }
        return mapper;
    }
}
