package org.conferenceplanner.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Crash-safe file writes. {@link #write} writes a temporary file in the target's folder, forces it to
 * the disk, and renames it over the target, so a reader (or the app after a crash or power cut) sees
 * either the old content or the new one, never a mix. Optionally the previous content is kept as a
 * backup first. Stateless and thread-safe; callers serialise writes to one target themselves.
 */
public final class AtomicFiles {

    /** The suffix of a temporary file; such files are leftovers of an interrupted write and may be deleted. */
    public static final String TEMP_MARK = ".tmp-";

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with {@code bytes}.
     *
     * @param backup where the previous content of {@code target} is kept, or null for no backup. It is
     *               replaced atomically too, so at every moment both the target and the backup are whole files.
     */
    public static void write(Path target, byte[] bytes, Path backup) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve(target.getFileName() + TEMP_MARK + UUID.randomUUID());
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (backup != null && Files.isRegularFile(target)) {
                keepBackup(target, backup);
            }
            move(temp, target);
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Moves a file to a new name that does not exist yet; never replaces anything. */
    public static Path moveAside(Path file, String mark) throws IOException {
        for (int n = 0; ; n++) {
            Path aside = file.resolveSibling(file.getFileName() + "." + mark + (n == 0 ? "" : "-" + n));
            if (Files.exists(aside)) {
                continue;
            }
            try {
                Files.move(file, aside);
                return aside;
            } catch (FileAlreadyExistsException raced) {
                // another name then
            }
        }
    }

    private static void keepBackup(Path target, Path backup) throws IOException {
        Path temp = backup.resolveSibling(backup.getFileName() + TEMP_MARK + UUID.randomUUID());
        try {
            try {
                // A hard link costs nothing and the rename below then swaps in the old inode whole.
                Files.createLink(temp, target);
            } catch (UnsupportedOperationException | IOException noLinks) {
                Files.copy(target, temp, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
            }
            move(temp, backup);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not possible on every platform (Windows), where it is skipped. */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // the file content itself is already on disk
        }
    }
}
