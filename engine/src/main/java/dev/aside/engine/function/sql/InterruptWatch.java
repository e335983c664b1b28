package dev.aside.engine.function.sql;

import dev.aside.engine.DaemonThreads;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Cancels a running statement once the thread running it is interrupted. H2 does not answer
 * interrupts, and the function registry interrupts a call's thread when the call is cancelled or
 * passes its time limit; without this the query would hold its worker until it finished by itself.
 */
final class InterruptWatch implements AutoCloseable {

    private static final long PERIOD_MILLIS = 50;
    private static final ScheduledExecutorService WATCHER = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("aside-sql-interrupt-watch"));

    private final ScheduledFuture<?> check;

    /** Watches the current thread on behalf of {@code statement}, until closed. */
    InterruptWatch(Statement statement) {
        Thread worker = Thread.currentThread();
        check = WATCHER.scheduleWithFixedDelay(() -> {
            if (worker.isInterrupted()) {
                cancel(statement);
            }
        }, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static void cancel(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException closedMeanwhile) {
            // the query ended on its own between the check and the cancel
        }
    }

    @Override
    public void close() {
        check.cancel(false);
    }
}
