package dev.aside.ui.common;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Runs each task to its end on the calling thread, callbacks included: view-model tests use it to
 * run the very tasks the application runs in the background, deterministically.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running", 0);

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        task.run(Runnable::run);
        return task;
    }

    @Override
    public ReadOnlyIntegerProperty runningCount() {
        return running.getReadOnlyProperty();
    }

    @Override
    public void close() {}
}
