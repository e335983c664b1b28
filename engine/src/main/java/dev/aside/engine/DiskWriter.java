package dev.aside.engine;

import dev.aside.engine.value.Value;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The disk tier's one writer: tasks run one at a time, in the order they were queued, on the
 * executor the {@link CacheBuilder} gave (any executor will do, a pool included: at most one drain
 * runs at a time). Ordering is what makes a delete come after any write of the same key queued
 * before it. Also holds the values installed in memory but not on disk yet ({@link #pin}), so an
 * eviction in between cannot send the next read back to the SOR.
 *
 * <p>Thread-safe.
 */
final class DiskWriter {

    private static final Logger LOG = LoggerFactory.getLogger(DiskWriter.class);

    private final Executor executor;
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final ConcurrentHashMap<ItemKey, Value> unpersisted = new ConcurrentHashMap<>();
    private volatile Thread drainingThread;

    DiskWriter(Executor executor) {
        this.executor = executor;
    }

    /** Queues a task; a failure it throws is logged (tasks report their own failures first). */
    void execute(Runnable task) {
        queue.add(task);
        scheduleDrain();
    }

    /** Runs {@code task} after everything queued so far and waits for its result. */
    <T> T call(Callable<T> task) {
        if (Thread.currentThread() == drainingThread) {
            try {
                return task.call(); // a listener called back from the writer itself: waiting would deadlock
            } catch (Exception e) {
                throw unwrap(e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        execute(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CacheStorageException("Interrupted while waiting for the disk tier.", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    /** Waits up to {@code timeout} for the queue to empty; false when it did not in time. */
    boolean drain(long timeout, TimeUnit unit) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        execute(() -> done.complete(null));
        try {
            done.get(timeout, unit);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    void pin(ItemKey key, Value value) {
        unpersisted.put(key, value);
    }

    /** The value waiting for the disk under {@code key}, or null. */
    Value pinned(ItemKey key) {
        return unpersisted.get(key);
    }

    boolean isPinned(ItemKey key) {
        return unpersisted.containsKey(key);
    }

    void unpin(ItemKey key) {
        unpersisted.remove(key);
    }

    /** Unpins {@code value} only if it is still the one pinned under {@code key}. */
    void unpin(ItemKey key, Value value) {
        unpersisted.remove(key, value);
    }

    private void scheduleDrain() {
        if (!queue.isEmpty() && draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drainQueue);
            } catch (RejectedExecutionException e) {
                draining.set(false);
                throw new CacheStorageException("The disk writer has stopped; the cache is closing.", e);
            }
        }
    }

    private void drainQueue() {
        drainingThread = Thread.currentThread();
        try {
            for (Runnable task; (task = queue.poll()) != null; ) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.warn("A disk tier task failed: {}", e.getMessage(), e);
                }
            }
        } finally {
            drainingThread = null;
            draining.set(false);
        }
        scheduleDrain(); // a task queued between the last poll and the reset above
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new CacheStorageException("Unexpected failure: " + cause, cause);
    }
}
