package dev.aside.engine.function;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls {@code rescan} when the functions folder changes. All loading logic is in the rescan, so
 * tests call it directly and never depend on file-system notification timing.
 */
final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    /** Editors write a file in several steps; wait for the burst to settle before one rescan. */
    private static final long SETTLE_MILLIS = 200;

    private final WatchService service;
    private final Thread thread;

    FolderWatcher(Path dir, Runnable rescan) throws IOException {
        service = dir.getFileSystem().newWatchService();
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        thread = new Thread(() -> watch(rescan), "aside-function-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch(Runnable rescan) {
        try {
            while (true) {
                WatchKey key = service.take();
                drain(key);
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                try {
                    rescan.run();
                } catch (RuntimeException e) {
                    LOG.warn("Rescanning the functions folder failed: {}", e.getMessage());
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("Closing the folder watch failed", e);
        }
        thread.interrupt();
    }
}
