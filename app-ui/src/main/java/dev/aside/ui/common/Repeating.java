package dev.aside.ui.common;

import dev.aside.engine.DaemonThreads;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action on the UI thread at a fixed interval, whether or not its screen is showing, from
 * one daemon timer thread: what the engine reports by polling rather than by events (reads and
 * promotions from disk, hit counts, the memory limit) and sampling that must not stop while a screen
 * is hidden. Close it to stop.
 */
public final class Repeating implements AutoCloseable {

    private final ScheduledExecutorService timer;

    private Repeating(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Starts running {@code action} on {@code uiThread} every {@code interval}, the first time after one interval. */
    public static Repeating every(Duration interval, Executor uiThread, Runnable action) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("aside-ui-timer"));
        CoalescedUpdate update = new CoalescedUpdate(uiThread, action); // a busy UI thread gets one, not a queue
        timer.scheduleWithFixedDelay(update::request, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return new Repeating(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
