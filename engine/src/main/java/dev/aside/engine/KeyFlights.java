package dev.aside.engine;

import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * At most one operation per key at a time. A read that finds another read of its key running
 * shares that read's result (so 32 readers of a missing key make one SOR load); anything else that
 * finds an operation running (an update, a delete, a put, or a read behind one of those) waits for
 * it to end and then runs on its own, so a delete can never be undone by a load that started before
 * it, and an update never returns a plain read's older value.
 *
 * <p>An operation stopped by an interrupt of its own thread (a cancelled console task, a function
 * past its time limit) ends for that thread only: those sharing or waiting go on and run it
 * themselves. A thread waiting here can itself be interrupted, and then ends with a
 * {@link CancellationException}.
 */
final class KeyFlights {

    private record Flight(CompletableFuture<Object> done, boolean shareable, Thread owner) {}

    /** What a flight completes with when its thread was interrupted: the others try again. */
    private static final Object STOPPED_BY_ITS_THREAD = new Object();

    private final ConcurrentHashMap<ItemKey, Flight> running = new ConcurrentHashMap<>();

    /** Runs a read, or shares the result of a read of the same key already running. */
    CachedItem read(ItemKey key, Supplier<CachedItem> read) {
        return run(key, true, read);
    }

    /** Runs {@code change} alone for its key, after whatever runs for that key now. */
    <T> T exclusive(ItemKey key, Supplier<T> change) {
        return run(key, false, change);
    }

    @SuppressWarnings("unchecked")
    private <T> T run(ItemKey key, boolean share, Supplier<T> work) {
        while (true) {
            Flight mine = new Flight(new CompletableFuture<>(), share, Thread.currentThread());
            Flight other = running.putIfAbsent(key, mine);
            if (other != null && other.owner() == Thread.currentThread()) {
                return work.get(); // re-entered from a listener of this very operation: waiting would deadlock
            }
            if (other == null) {
                try {
                    T result = work.get();
                    mine.done().complete(result);
                    return result;
                } catch (RuntimeException | Error e) {
                    if (stoppedByInterrupt(e)) {
                        mine.done().complete(STOPPED_BY_ITS_THREAD);
                    } else {
                        mine.done().completeExceptionally(e);
                    }
                    throw e;
                } finally {
                    running.remove(key, mine);
                }
            }
            Object outcome = await(key, other.done());
            if (share && other.shareable()) {
                if (outcome instanceof Failure failure) {
                    failure.rethrow();
                }
                if (outcome != STOPPED_BY_ITS_THREAD) {
                    return (T) outcome;
                }
            }
        }
    }

    /** A shared operation's failure, kept apart from results so that waiting never throws it by mistake. */
    private record Failure(Throwable error) {
        void rethrow() {
            if (error instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) error;
        }
    }

    /** The flight's result, a {@link Failure}, or {@link #STOPPED_BY_ITS_THREAD}; interruptible. */
    private static Object await(ItemKey key, CompletableFuture<Object> done) {
        try {
            return done.get();
        } catch (ExecutionException e) {
            return new Failure(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Stopped while waiting for another operation on '" + key + "'.");
        }
    }

    private static boolean stoppedByInterrupt(Throwable e) {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            boolean interruptedIo = cause instanceof InterruptedIOException && !(cause instanceof SocketTimeoutException);
            if (interruptedIo || cause instanceof InterruptedException || cause instanceof ClosedByInterruptException
                    || cause instanceof CancellationException) {
                return true;
            }
        }
        return false;
    }
}
