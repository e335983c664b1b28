package dev.aside.engine.function;

import dev.aside.engine.Cache;
import dev.aside.engine.DaemonThreads;
import dev.aside.engine.EngineSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Builds a {@link FunctionRegistry}. Executors passed in stay the caller's to shut down; the ones
 * the registry creates for itself are shut down by {@link FunctionRegistry#close()}. Stale function
 * results are always deleted on a thread of the registry's own, apart from the timer, because a delete
 * may wait behind the cache's disk writes and a time limit must not wait with it.
 */
public final class FunctionRegistryBuilder {

    /** Calls waiting for a thread before new ones are refused: absorbs a burst from a console or REST. */
    static final int DEFAULT_QUEUE = 256;

    final Cache cache;
    Path functionDir;
    ExecutorService executor;
    ScheduledExecutorService timer;
    Duration timeLimit = EngineSettings.DEFAULT_FUNCTION_TIME_LIMIT;
    FunctionLimits limits = FunctionLimits.DEFAULT;
    boolean watchFolder = true;

    FunctionRegistryBuilder(Cache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /** The folder of user functions ({@code LOCAL_FUNCTION_DIR}); created when missing. Optional. */
    public FunctionRegistryBuilder functionDir(Path dir) {
        this.functionDir = Objects.requireNonNull(dir, "functionDir");
        return this;
    }

    /**
     * Runs built-in calls; should be bounded. Default: one thread per core (at least 2), 256 queued
     * calls. User functions always run on workers of their own (see {@link #limits}).
     */
    public FunctionRegistryBuilder executor(ExecutorService executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        return this;
    }

    /** Enforces time limits. Default: one daemon thread of its own. */
    public FunctionRegistryBuilder timer(ScheduledExecutorService timer) {
        this.timer = Objects.requireNonNull(timer, "timer");
        return this;
    }

    /** The longest a call may run; default 60 s. */
    public FunctionRegistryBuilder timeLimit(Duration limit) {
        if (limit == null || limit.isZero() || limit.isNegative()) {
            throw new IllegalArgumentException("timeLimit must be positive, was " + limit);
        }
        this.timeLimit = limit;
        return this;
    }

    /** How many workers user functions get, how long a call waits for one, how many may be abandoned. */
    public FunctionRegistryBuilder limits(FunctionLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        return this;
    }

    /** Whether a watcher rescans the folder when it changes (default true); tests call rescan() instead. */
    public FunctionRegistryBuilder watchFolder(boolean watch) {
        this.watchFolder = watch;
        return this;
    }

    public FunctionRegistry build() {
        if (functionDir != null) {
            try {
                Files.createDirectories(functionDir);
            } catch (IOException e) {
                throw new UncheckedIOException("functionDir " + functionDir + " cannot be created", e);
            }
            if (!Files.isDirectory(functionDir)) {
                throw new IllegalStateException("functionDir " + functionDir + " is not a folder");
            }
        }
        ExecutorService calls = executor != null ? executor : ownExecutor();
        ScheduledExecutorService clock = timer != null ? timer
                : Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("aside-function-timer"));
        ExecutorService cleanup = Executors.newSingleThreadExecutor(DaemonThreads.named("aside-result-cleanup"));
        Runnable shutdownOwned = () -> {
            cleanup.shutdownNow(); // deletes not yet made are made by the next start
            if (executor == null) {
                calls.shutdownNow();
            }
            if (timer == null) {
                clock.shutdownNow();
            }
        };
        return new FunctionRegistry(this, calls, clock, cleanup, shutdownOwned);
    }

    private static ExecutorService ownExecutor() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        return new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(DEFAULT_QUEUE),
                DaemonThreads.named("aside-function"));
    }
}
