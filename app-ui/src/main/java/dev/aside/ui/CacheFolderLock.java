package dev.aside.ui;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One console per cache folder: an OS file lock on {@code aside.lock} in the folder, held for the
 * life of the process and released by the OS even when the process is killed. A second console
 * finds it taken and says so, instead of failing inside the disk tier's database.
 */
final class CacheFolderLock implements AutoCloseable {

    static final String FILE_NAME = "aside.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private CacheFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process (or this one) holds it. */
    static Optional<CacheFolderLock> tryAcquire(Path cacheRoot) {
        try {
            Files.createDirectories(cacheRoot);
            FileChannel channel = FileChannel.open(cacheRoot.resolve(FILE_NAME), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new CacheFolderLock(channel, lock));
        } catch (IOException e) {
            // a folder we cannot write is reported when the engine opens it, with the engine's message
            return Optional.of(new CacheFolderLock(null, null));
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the OS releases the lock when the process ends anyway
        }
    }
}
