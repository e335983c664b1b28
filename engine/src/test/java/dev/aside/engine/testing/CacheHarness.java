package dev.aside.engine.testing;

import dev.aside.engine.Cache;
import dev.aside.engine.sor.directory.DirectorySystemOfRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real cache over a real folder SOR and a real H2 disk tier in a temp folder, with the SOR
 * wrapped to count requests. {@link #restart} closes the cache and opens a new one on the same
 * folders, as a process restart would.
 *
 * <p>Use it as a JUnit extension: {@code @RegisterExtension final CacheHarness harness = new
 * CacheHarness();} opens a cache over fresh folders before each test and closes and deletes them after.
 */
public final class CacheHarness implements BeforeEachCallback, AfterEachCallback, AutoCloseable {

    public static final long DEFAULT_LIMIT = 64L << 20;

    private Path temp;
    private Path sorRoot;
    private Path cacheRoot;
    private CountingSystemOfRecord sor;
    private Cache cache;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        temp = Files.createTempDirectory("aside-test");
        sorRoot = Files.createDirectories(temp.resolve("sor"));
        cacheRoot = temp.resolve("cache");
        open();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        close();
        TestFiles.deleteTree(temp);
    }

    public Cache open() {
        sor = new CountingSystemOfRecord(new DirectorySystemOfRecord(sorRoot));
        cache = Cache.builder().cacheRoot(cacheRoot).systemOfRecord(sor).memoryLimitBytes(DEFAULT_LIMIT).build();
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
            cache = null;
        }
    }
}
