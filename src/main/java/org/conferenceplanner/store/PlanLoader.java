package org.conferenceplanner.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.planner.StorageNotice;
import org.conferenceplanner.planner.StorageNotice.Kind;
import org.conferenceplanner.store.dto.PlanFileDto;

/**
 * Reads a plan from its file, falling back to the backup, and never loses either: a damaged file is
 * moved aside under a new name (when this process may repair, i.e. holds the lock), never deleted or
 * overwritten. Says in {@link Loaded#notices} what happened, in sentences for the user. Stateless apart
 * from its collaborators; thread-safe.
 */
final class PlanLoader {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /**
     * @param carry      the DTO read, to keep unknown fields on the next save; null for a fresh plan
     * @param readOnly   the file must not be written (newer version, or the file cannot even be read)
     * @param needsWrite the plan came from the backup and should be written back as the plan file
     */
    record Loaded(Plan plan, PlanFileDto carry, boolean readOnly, boolean needsWrite, List<StorageNotice> notices) {
    }

    private final PlanCodec codec;
    private final Clock clock;

    PlanLoader(PlanCodec codec, Clock clock) {
        this.codec = codec;
        this.clock = clock;
    }

    Loaded load(String id, PlanPaths paths, boolean mayRepair) {
        List<StorageNotice> notices = new ArrayList<>();
        Read main = read(paths.main(), id);
        if (main.missing()) {
            Read backup = read(paths.backup(), id);
            if (backup.decoding() instanceof PlanDecoding.Decoded d) {
                notices.add(new StorageNotice(id, Kind.RESTORED_FROM_BACKUP, "Your plan file for " + id + " (" + paths.main()
                        + ") was missing; the plan was restored from the backup " + paths.backup() + savedAt(d) + "."));
                return new Loaded(d.plan(), d.carry(), false, mayRepair, notices);
            }
            return new Loaded(Plan.empty(id), null, false, false, notices);
        }
        if (main.ioProblem() != null) {
            Read backup = read(paths.backup(), id);
            String intro = "Your plan for " + id + " cannot be read from " + paths.main() + " (" + main.ioProblem() + ")";
            if (backup.decoding() instanceof PlanDecoding.Decoded d) {
                notices.add(new StorageNotice(id, Kind.RESTORED_FROM_BACKUP, intro + ". The backup " + paths.backup()
                        + savedAt(d) + " is shown; the plan file is left as it is and changes are not saved."));
                return new Loaded(d.plan(), d.carry(), true, false, notices);
            }
            notices.add(new StorageNotice(id, Kind.UNREADABLE, intro + ", and there is no usable backup. "
                    + "The plan file is left as it is and changes are not saved."));
            return new Loaded(Plan.empty(id), null, true, false, notices);
        }
        if (main.decoding() instanceof PlanDecoding.Decoded d) {
            if (d.fromVersion() < PlanFileDto.SCHEMA_VERSION) {
                notices.add(new StorageNotice(id, Kind.MIGRATED, "Your plan for " + id + " was written in an older "
                        + "format (plan format " + d.fromVersion() + "); it was read and will be saved in format "
                        + PlanFileDto.SCHEMA_VERSION + ", keeping the old file as the backup."));
            }
            return new Loaded(d.plan(), d.carry(), false, false, notices);
        }
        if (main.decoding() instanceof PlanDecoding.Newer n) {
            notices.add(new StorageNotice(id, Kind.READ_ONLY_NEWER_VERSION, "Your plan for " + id + " in " + paths.main()
                    + " was written by a newer version of Conference Planner (plan format " + n.version()
                    + "; this version reads up to " + PlanFileDto.SCHEMA_VERSION + "). It is shown read-only and "
                    + "the file is left untouched: changes made now are not saved."));
            return new Loaded(n.bestEffort(), null, true, false, notices);
        }
        return fromBackup(id, paths, ((PlanDecoding.Damaged) main.decoding()).reason(), mayRepair, notices);
    }

    private Loaded fromBackup(String id, PlanPaths paths, String reason, boolean mayRepair, List<StorageNotice> notices) {
        String intro = "Your plan for " + id + " could not be read from " + paths.main() + " (" + reason + ").";
        String kept = mayRepair ? moveAside(paths.main()) : null;
        String keptText = kept != null ? " The damaged file was kept as " + kept + "," : " The damaged file was left in place,";
        Read backup = read(paths.backup(), id);
        if (backup.decoding() instanceof PlanDecoding.Decoded d) {
            notices.add(new StorageNotice(id, Kind.RESTORED_FROM_BACKUP, intro + keptText + " and the plan was restored "
                    + "from the backup " + paths.backup() + savedAt(d) + "; changes made after that backup may be missing."));
            return new Loaded(d.plan(), d.carry(), false, mayRepair, notices);
        }
        String backupText;
        if (backup.missing()) {
            backupText = " and there is no backup:";
        } else {
            String why = backup.ioProblem() != null ? backup.ioProblem()
                    : backup.decoding() instanceof PlanDecoding.Damaged bd ? bd.reason() : "it is from a newer version";
            String bakKept = mayRepair && backup.ioProblem() == null ? moveAside(paths.backup()) : null;
            backupText = " and its backup could not be used either (" + why + ")"
                    + (bakKept != null ? ", so it was kept as " + bakKept + ":" : ":");
        }
        notices.add(new StorageNotice(id, Kind.UNREADABLE, intro + keptText + backupText
                + " the plan starts empty. Nothing was deleted."));
        return new Loaded(Plan.empty(id), null, !mayRepair, false, notices);
    }

    private String savedAt(PlanDecoding.Decoded d) {
        return d.carry().savedAt == null ? "" : " (saved " + d.carry().savedAt + ")";
    }

    /** Renames a damaged file out of the way; returns its new path, or null when it had to stay. */
    private String moveAside(Path file) {
        try {
            return AtomicFiles.moveAside(file, "unreadable-" + STAMP.format(clock.instant())).toString();
        } catch (IOException e) {
            return null;
        }
    }

    private Read read(Path file, String id) {
        try {
            return new Read(false, null, codec.decode(Files.readAllBytes(file), id));
        } catch (NoSuchFileException e) {
            return new Read(true, null, null);
        } catch (FileSystemException e) {
            // A file where a folder of the path should be: there is no plan file (and the folder cannot be written).
            Path existing = file.toAbsolutePath().getParent();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing != null && !Files.isDirectory(existing)) {
                return new Read(true, null, null);
            }
            return new Read(false, DiskMessages.reason(e), null);
        } catch (IOException e) {
            return new Read(false, DiskMessages.reason(e), null);
        }
    }

    /** A file read: missing, or not readable (ioProblem), or decoded. */
    private record Read(boolean missing, String ioProblem, PlanDecoding decoding) {
    }
}
