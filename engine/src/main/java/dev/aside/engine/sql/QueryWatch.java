package dev.aside.engine.sql;

import dev.aside.engine.DaemonThreads;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cancels a running DuckDB statement when the thread that started it is interrupted or its time
 * is up. DuckDB's native code does not answer Java interrupts, and the function registry interrupts
 * a call's thread when the call is cancelled or passes its time limit; {@link Statement#cancel()}
 * makes DuckDB stop between vectors, so the worker is free within milliseconds.
 */
final class QueryWatch implements AutoCloseable {

    /** Short enough that a cancelled query stops at once to a person, long enough to cost nothing. */
    private static final long PERIOD_MILLIS = 20;
    private static final ScheduledExecutorService WATCHER = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("aside-sql-watch"));

    private final ScheduledFuture<?> check;
    private final AtomicBoolean timedOut = new AtomicBoolean();

    /** Watches the current thread on behalf of {@code statement} until closed; {@code timeLimit} empty for none. */
    QueryWatch(Statement statement, Optional<Duration> timeLimit) {
        Thread worker = Thread.currentThread();
        long deadline = timeLimit.map(limit -> System.nanoTime() + limit.toNanos()).orElse(Long.MAX_VALUE);
        check = WATCHER.scheduleWithFixedDelay(() -> {
            if (System.nanoTime() - deadline >= 0) {
                timedOut.set(true);
                cancel(statement);
            } else if (worker.isInterrupted()) {
                cancel(statement);
            }
        }, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** True when the watch stopped the query because its time was up. */
    boolean timedOut() {
        return timedOut.get();
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
