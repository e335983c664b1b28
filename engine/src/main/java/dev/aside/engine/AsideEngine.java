package dev.aside.engine;

import dev.aside.engine.function.FunctionRegistry;
import dev.aside.engine.sor.directory.DirectorySystemOfRecord;
import dev.aside.engine.sor.s3.S3Settings;
import dev.aside.engine.sor.s3.S3SystemOfRecord;
import dev.aside.engine.spec.PreloadListener;
import dev.aside.engine.spec.PreloadReport;
import dev.aside.engine.spec.SpecFile;
import dev.aside.engine.spec.SpecPreloader;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * One running engine: the cache over the configured systems of record, the function registry over
 * it, and a preloader for data spec files. The REST server and the console both start from here, so
 * they share one cache and one registry when they run in one process.
 */
public final class AsideEngine implements AutoCloseable {

    /** Preloads overlap network waits with decoding; more than this mostly competes for cores. */
    private static final int PRELOAD_THREADS = 4;

    private final EngineSettings settings;
    private final Cache cache;
    private final FunctionRegistry functions;
    private final ExecutorService preloadPool;
    private final ScheduledExecutorService refreshTimer;
    private final SpecPreloader preloader;

    private AsideEngine(EngineSettings settings, Cache cache) {
        this.settings = settings;
        this.cache = cache;
        this.functions = FunctionRegistry.builder(cache).functionDir(settings.functionsDir())
                .timeLimit(settings.functionTimeLimit()).limits(settings.functionLimits()).build();
        this.preloadPool = Executors.newFixedThreadPool(PRELOAD_THREADS, DaemonThreads.named("aside-preload"));
        this.refreshTimer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("aside-refresh"));
        this.preloader = new SpecPreloader(cache, preloadPool, refreshTimer);
    }

    /**
     * Opens the disk tier and connects the SORs the settings name; fails fast on a bad setting. S3
     * is the default storage when a bucket is configured (as in the seed), else the drive folder.
     */
    public static AsideEngine open(EngineSettings settings) {
        CacheBuilder builder = Cache.builder().cacheRoot(settings.cacheRoot());
        S3Settings s3 = settings.s3();
        if (s3 != null) {
            builder.systemOfRecord(new S3SystemOfRecord(s3));
        }
        if (settings.sdRoot() != null) {
            builder.systemOfRecord(new DirectorySystemOfRecord(settings.sdRoot()));
        }
        if (settings.memoryLimitBytes() > 0) {
            builder.memoryLimitBytes(settings.memoryLimitBytes());
        }
        Cache cache = builder.build();
        try {
            return new AsideEngine(settings, cache);
        } catch (RuntimeException e) {
            cache.close();
            throw e;
        }
    }

    public EngineSettings settings() {
        return settings;
    }

    public Cache cache() {
        return cache;
    }

    public FunctionRegistry functions() {
        return functions;
    }

    /**
     * Loads every item a data spec file lists on a bounded pool, then keeps refreshing the ones with
     * a refresh interval until the engine closes. One bad item is reported and the rest go on.
     */
    public CompletableFuture<PreloadReport> preload(Path specFile, PreloadListener listener) {
        return preloader.start(SpecFile.read(specFile), listener);
    }

    /** Stops preloads and functions, then waits for disk writes and closes the cache. */
    @Override
    public void close() {
        preloader.close();
        refreshTimer.shutdownNow();
        preloadPool.shutdownNow();
        functions.close();
        cache.close();
    }
}
