package org.conferenceplanner.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The settings file ({@code settings.json}): a flat JSON object, written atomically. An unreadable file
 * is moved aside (kept, never deleted) and the app starts with defaults. Thread-safe: all methods are
 * serialised; they block on file I/O, so call them off the FX thread.
 */
public final class SettingsStore {

    private final Path file;
    /** Made on the first save or unusual file: the common read does without it (see {@link FlatJsonObject}). */
    private ObjectMapper mapper;
    private Settings current;
    private String problem;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The settings from disk (read once, then cached); empty settings when there is no usable file. */
    public synchronized Settings load() {
        if (current == null) {
            current = read();
        }
        return current;
    }

    /** Writes the settings; throws {@link StoreException} with a user-readable message when the disk refuses. */
    public synchronized void save(Settings settings) {
        try {
            AtomicFiles.write(file, mapper().writeValueAsBytes(settings.asMap()), null);
            current = settings;
        } catch (IOException e) {
            current = settings;
            throw new StoreException("The settings could not be saved to " + file + ": " + DiskMessages.reason(e), e);
        }
    }

    /** Loads, changes and saves in one step, so two callers cannot lose each other's change. */
    public synchronized Settings update(UnaryOperator<Settings> change) {
        Settings next = change.apply(load());
        save(next);
        return next;
    }

    /** What went wrong reading the file (and where it was moved), if anything: for a notice. */
    public synchronized Optional<String> problem() {
        load();
        return Optional.ofNullable(problem);
    }

    private Settings read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Settings.empty();
        } catch (IOException e) {
            problem = "The settings file " + file + " cannot be read (" + DiskMessages.reason(e) + "); defaults are used.";
            return Settings.empty();
        }
        try {
            Optional<Map<String, Object>> flat = FlatJsonObject.read(bytes);
            Map<String, Object> map = flat.isPresent() ? flat.get()
                    : mapper().readValue(bytes, new TypeReference<LinkedHashMap<String, Object>>() { });
            if (map == null) {
                throw new IOException("no JSON object");
            }
            return new Settings(map);
        } catch (IOException e) {
            problem = "The settings file " + file + " was unreadable; defaults are used." + keptAside();
            return Settings.empty();
        }
    }

    private ObjectMapper mapper() {
        if (mapper == null) {
            mapper = StoreJson.mapper();
        }
        return mapper;
    }

    private String keptAside() {
        try {
            return " The file was kept as " + AtomicFiles.moveAside(file, "unreadable") + ".";
        } catch (IOException e) {
            return "";
        }
    }
}
