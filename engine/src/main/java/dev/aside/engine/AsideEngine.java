package dev.aside.engine;

import dev.aside.engine.sor.directory.DirectorySystemOfRecord;
import dev.aside.engine.sor.s3.S3Settings;
import dev.aside.engine.sor.s3.S3SystemOfRecord;

/**
 * One running engine: the cache over the configured systems of record. The REST server and the
 * console both start from here, so they share one cache when they run in one process.
 */
public final class AsideEngine implements AutoCloseable {

    private final EngineSettings settings;
    private final Cache cache;

    private AsideEngine(EngineSettings settings, Cache cache) {
        this.settings = settings;
        this.cache = cache;
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
        return new AsideEngine(settings, builder.build());
    }

    public EngineSettings settings() {
        return settings;
    }

    public Cache cache() {
        return cache;
    }

    @Override
    public void close() {
        cache.close();
    }
}
