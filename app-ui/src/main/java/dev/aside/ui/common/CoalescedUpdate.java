package dev.aside.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an update on the UI thread once for a burst of requests from any threads: a load of a
 * hundred items fires hundreds of events, and the cache table needs refreshing once, not hundreds
 * of times.
 */
public final class CoalescedUpdate {

    private final Executor uiThread;
    private final Runnable update;
    private final AtomicBoolean pending = new AtomicBoolean();

    public CoalescedUpdate(Executor uiThread, Runnable update) {
        this.uiThread = uiThread;
        this.update = update;
    }

    /** Asks for the update; safe from any thread. */
    public void request() {
        if (pending.compareAndSet(false, true)) {
            uiThread.execute(() -> {
                pending.set(false);
                update.run();
            });
        }
    }
}
