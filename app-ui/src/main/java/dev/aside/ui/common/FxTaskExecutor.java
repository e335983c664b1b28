package dev.aside.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Runs tasks on a pool of daemon worker threads and delivers outcomes on the JavaFX thread.
 *
 * <p>The pool is small and bounded (a few threads beyond the core count): loads are mostly I/O and
 * decoding, and a selection of a hundred objects should queue rather than start a hundred threads
 * that each hold a file's columns at once.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final int THREADS = Math.max(4, Runtime.getRuntime().availableProcessors() + 2);

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, daemonThreads());
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running", 0);

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        running.set(running.get() + 1);
        pool.execute(() -> {
            try {
                task.run(Platform::runLater);
            } finally {
                Platform.runLater(() -> running.set(running.get() - 1));
            }
        });
        return task;
    }

    @Override
    public ReadOnlyIntegerProperty runningCount() {
        return running.getReadOnlyProperty();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "aside-ui-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
