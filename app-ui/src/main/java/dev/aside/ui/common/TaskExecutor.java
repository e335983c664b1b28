package dev.aside.ui.common;

import javafx.beans.property.ReadOnlyIntegerProperty;

/**
 * Runs {@link BackgroundTask}s: the application off the UI thread, tests on the calling thread. The
 * single way the console does slow work, so the running-tasks indicator sees all of it.
 */
public interface TaskExecutor extends AutoCloseable {

    /** Starts {@code task} and returns it, for cancelling or watching its progress. */
    <T> BackgroundTask<T> execute(BackgroundTask<T> task);

    /** Tasks started and not yet ended; changes on the UI thread. */
    ReadOnlyIntegerProperty runningCount();

    /** Interrupts running tasks and stops accepting new ones. */
    @Override
    void close();
}
