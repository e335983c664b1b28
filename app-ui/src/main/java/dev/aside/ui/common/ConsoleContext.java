package dev.aside.ui.common;

import dev.aside.engine.AsideEngine;
import dev.aside.engine.Cache;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The services every screen's view model is built from: the one engine (shared with the REST
 * server), the task executor, the dialog service and the UI thread to hop to from engine threads.
 * Tests build one with a synchronous executor and {@code Runnable::run} as the UI thread.
 */
public record ConsoleContext(AsideEngine engine, TaskExecutor tasks, DialogService dialogs, Executor uiThread,
        ItemSelection selection) {

    public ConsoleContext {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(uiThread, "uiThread");
        Objects.requireNonNull(selection, "selection");
    }

    public Cache cache() {
        return engine.cache();
    }
}
