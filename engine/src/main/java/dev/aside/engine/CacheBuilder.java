package dev.aside.engine;

import dev.aside.engine.format.FormatRegistry;
import dev.aside.engine.sor.SystemOfRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Builds a {@link Cache}. A bad setting fails here, with a message naming the value, rather than on
 * the first read.
 */
public final class CacheBuilder {

    /**
     * Share of the maximum heap the memory tier may use by default: leaves room for decoding a large
     * file (which briefly needs its raw pages and its columns at once) and for the rest of the app.
     */
    static final double DEFAULT_HEAP_FRACTION = 0.5;

    Path cacheRoot;
    final Map<String, SystemOfRecord> systems = new LinkedHashMap<>();
    String defaultStorage;
    long memoryLimitBytes = (long) (Runtime.getRuntime().maxMemory() * DEFAULT_HEAP_FRACTION);
    FormatRegistry formats = FormatRegistry.standard();
    Clock clock = Clock.systemUTC();
    Ticker ticker = Ticker.system();
    Executor diskWriterExecutor;

    CacheBuilder() {}

    /** The folder that holds the disk tier; created when missing. Required. */
    public CacheBuilder cacheRoot(Path root) {
        this.cacheRoot = Objects.requireNonNull(root, "cacheRoot");
        return this;
    }

    /** Registers a SOR under its {@link SystemOfRecord#name()}; the first registered is the default. */
    public CacheBuilder systemOfRecord(SystemOfRecord sor) {
        Objects.requireNonNull(sor, "sor");
        if (systems.putIfAbsent(sor.name(), sor) != null) {
            throw new IllegalArgumentException("A system of record named '" + sor.name()
                    + "' is already registered");
        }
        return this;
    }

    /** The storage that reads use when they name none; defaults to the first registered SOR. */
    public CacheBuilder defaultStorage(String storage) {
        this.defaultStorage = Objects.requireNonNull(storage, "defaultStorage");
        return this;
    }

    /** The memory tier's bound in estimated heap bytes; default half the maximum heap. */
    public CacheBuilder memoryLimitBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("memoryLimitBytes must be positive, was " + bytes);
        }
        this.memoryLimitBytes = bytes;
        return this;
    }

    public CacheBuilder formats(FormatRegistry registry) {
        this.formats = Objects.requireNonNull(registry, "formats");
        return this;
    }

    /** The clock for load and access times; tests pass a fixed one. */
    public CacheBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** The source of nanosecond time for load and decode durations; tests pass their own. */
    public CacheBuilder ticker(Ticker ticker) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        return this;
    }

    /**
     * Where the disk tier's writes run. Writes still run one at a time in queue order whatever the
     * executor, so a pool is fine; the caller keeps ownership and shuts it down after the cache.
     * Default: one daemon thread of the cache's own, stopped by {@link Cache#close()}.
     */
    public CacheBuilder diskWriterExecutor(Executor executor) {
        this.diskWriterExecutor = Objects.requireNonNull(executor, "diskWriterExecutor");
        return this;
    }

    public Cache build() {
        if (cacheRoot == null) {
            throw new IllegalStateException("cacheRoot is required: the folder for the disk tier");
        }
        if (defaultStorage != null && !systems.containsKey(defaultStorage)) {
            throw new IllegalStateException("defaultStorage '" + defaultStorage
                    + "' is not a registered system of record; registered: " + systems.keySet());
        }
        if (diskWriterExecutor != null) {
            return new CacheAsideEngine(this, diskWriterExecutor, null);
        }
        ExecutorService own = Executors.newSingleThreadExecutor(DaemonThreads.named("aside-disk-writer"));
        return new CacheAsideEngine(this, own, own);
    }
}
