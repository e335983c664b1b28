package dev.aside.engine.function;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The time left to the call running on this thread. The registry's time limit ends a call for its
 * caller and interrupts its thread, but work that ignores interrupts (a JDBC query, a blocking
 * socket) keeps the worker busy; a function that hands this time on as that work's own timeout frees
 * the worker too.
 *
 * <p>Set by the registry on its worker thread for the length of one call. Thread-safe.
 */
public final class CallDeadline {

    private static final ThreadLocal<Long> DEADLINE_NANOS = new ThreadLocal<>();

    private CallDeadline() {}

    /** The time left before the running call's time limit, zero once it has passed; empty outside a call. */
    public static Optional<Duration> remaining() {
        Long deadline = DEADLINE_NANOS.get();
        return deadline == null ? Optional.empty()
                : Optional.of(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }

    /** Runs {@code body} on this thread with {@code limit} left from now. */
    static <T> T within(Duration limit, Callable<T> body) throws Exception {
        DEADLINE_NANOS.set(System.nanoTime() + limit.toNanos());
        try {
            return body.call();
        } finally {
            DEADLINE_NANOS.remove();
        }
    }
}
