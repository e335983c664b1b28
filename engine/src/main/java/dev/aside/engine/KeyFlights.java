package dev.aside.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * At most one operation per key at a time. A read that finds another read of its key running
 * shares that read's result (so 32 readers of a missing key make one SOR load); anything else that
 * finds an operation running (an update, a delete, a put, or a read behind one of those) waits for
 * it to end and then runs on its own, so a delete can never be undone by a load that started before
 * it, and an update never returns a plain read's older value.
 */
final class KeyFlights {

    private record Flight(CompletableFuture<Object> done, boolean shareable, Thread owner) {}

    private final ConcurrentHashMap<String, Flight> running = new ConcurrentHashMap<>();

    /** Runs a read, or shares the result of a read of the same key already running. */
    CachedItem read(String key, Supplier<CachedItem> read) {
        return run(key, true, read);
    }

    /** Runs {@code change} alone for its key, after whatever runs for that key now. */
    <T> T exclusive(String key, Supplier<T> change) {
        return run(key, false, change);
    }

    @SuppressWarnings("unchecked")
    private <T> T run(String key, boolean share, Supplier<T> work) {
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
                    mine.done().completeExceptionally(e);
                    throw e;
                } finally {
                    running.remove(key, mine);
                }
            }
            if (share && other.shareable()) {
                return (T) join(other.done());
            }
            other.done().handle((result, error) -> null).join();
        }
    }

    private static Object join(CompletableFuture<Object> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
