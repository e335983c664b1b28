package dev.aside.engine.testing;

import dev.aside.engine.Cache;
import dev.aside.engine.sor.directory.DirectorySystemOfRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real cache over a real folder SOR and a real H2 disk tier in a temp folder, with the SOR
 * wrapped to count requests. {@link #restart} closes the cache and opens a new one on the same
 * folders, as a process restart would.
 */
public final class CacheHarness implements AutoCloseable {

    public static final long DEFAULT_LIMIT = 64L << 20;

    private final Path sorRoot;
    private final Path cacheRoot;
    private long memoryLimit = DEFAULT_LIMIT;
    private CountingSystemOfRecord sor;
    private Cache cache;

    public CacheHarness(Path temp) {
        this.sorRoot = temp.resolve("sor");
        this.cacheRoot = temp.resolve("cache");
        try {
            Files.createDirectories(sorRoot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CacheHarness memoryLimit(long bytes) {
        this.memoryLimit = bytes;
        return this;
    }

    public Cache open() {
        sor = new CountingSystemOfRecord(new DirectorySystemOfRecord(sorRoot));
        cache = Cache.builder().cacheRoot(cacheRoot).systemOfRecord(sor).memoryLimitBytes(memoryLimit).build();
        return cache;
    }

    /** Closes the cache (waiting for disk writes) and opens a fresh one over the same folders. */
    public Cache restart() {
        cache.close();
        return open();
    }

    public Cache cache() {
        return cache;
    }

    public CountingSystemOfRecord sor() {
        return sor;
    }

    public Path sorRoot() {
        return sorRoot;
    }

    public Path cacheRoot() {
        return cacheRoot;
    }

    public Path source(String relative, String content) {
        return TestFiles.write(sorRoot, relative, content);
    }

    @Override
    public void close() {
        if (cache != null) {
            cache.close();
        }
    }
}
