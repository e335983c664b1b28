package dev.aside.ui.common;

import dev.aside.engine.AsideEngine;
import dev.aside.engine.Cache;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The services every screen's view model is built from: the one engine (shared with the REST
 * server), the task executor, the dialog service, the UI thread to hop to from engine threads, the
 * selected item and the team the console's server belongs to, if any.
 * Tests build one with a synchronous executor and {@code Runnable::run} as the UI thread.
 */
public record ConsoleContext(AsideEngine engine, TaskExecutor tasks, DialogService dialogs, Executor uiThread,
        ItemSelection selection, TeamMembership team) {

    public ConsoleContext {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(uiThread, "uiThread");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(team, "team");
    }

    /** A console on its own, not a member of a team. */
    public ConsoleContext(AsideEngine engine, TaskExecutor tasks, DialogService dialogs, Executor uiThread,
            ItemSelection selection) {
        this(engine, tasks, dialogs, uiThread, selection, TeamMembership.none());
    }

    public Cache cache() {
        return engine.cache();
    }
}
