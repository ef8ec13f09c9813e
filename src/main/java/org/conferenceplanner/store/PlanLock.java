package org.conferenceplanner.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock that makes one running copy of the app the only writer of a plan: an OS file lock on
 * {@code <plan>.json.lock}, held from opening the plan until the app closes (the OS drops it when the
 * process dies, so a crash leaves no stale lock). The holder writes its process id into the file so
 * the second copy can name it. The lock file itself is never deleted.
 */
final class PlanLock implements AutoCloseable {

    /** The result of trying to take the lock. */
    sealed interface Attempt {
    }

    record Acquired(PlanLock lock) implements Attempt {
    }

    /** Another process (or another repository in this one) holds it; {@code holder} is its pid or empty. */
    record HeldElsewhere(String holder) implements Attempt {
    }

    /** The lock file cannot be created or opened: the folder is not writable. */
    record Unwritable(IOException cause) implements Attempt {
    }

    private final FileChannel channel;
    private final FileLock lock;

    private PlanLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Attempt tryAcquire(Path lockFile) {
        FileChannel channel;
        try {
            Files.createDirectories(lockFile.toAbsolutePath().getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            return new Unwritable(e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return new HeldElsewhere(holder(lockFile));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new Acquired(new PlanLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            return new HeldElsewhere(String.valueOf(ProcessHandle.current().pid()));
        } catch (IOException e) {
            closeQuietly(channel);
            return new Unwritable(e);
        }
    }

    /** The holder's pid; it writes it just after taking the lock, so an empty file is read again briefly. */
    private static String holder(Path lockFile) {
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                String text = Files.readString(lockFile, StandardCharsets.US_ASCII).strip();
                if (text.matches("\\d{1,10}")) {
                    return text;
                }
                Thread.sleep(20);
            } catch (IOException e) {
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }
        return "";
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was locked
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it as well
        }
        closeQuietly(channel);
    }
}
