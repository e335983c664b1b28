package dev.aside.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.testing.CacheHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SingleLoadTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @Test
    void read_32ThreadsOneMissingKey_oneSorGet() throws Exception {
        Cache cache = harness.cache();
        harness.source("big.json", "[" + "{\"n\": 1},".repeat(50_000) + "{\"n\": 2}]");
        int threads = 32;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<CachedItem>> reads = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            reads.add(pool.submit(() -> {
                start.await();
                return cache.read(ItemKey.of("sd", "big.json"));
            }));
        }
        start.countDown();
        for (Future<CachedItem> read : reads) {
            assertEquals(50_001, read.get().info().rows());
        }
        pool.shutdown();

        assertEquals(1, harness.sor().opens());
        assertEquals(1, cache.stats().loads());
        assertTrue(cache.stats().misses() == 1);
    }

    @Test
    void read_concurrentReadsOfFailingKey_allSeeErrorAndNothingIsStored() throws Exception {
        Cache cache = harness.cache();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Class<?>>> reads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reads.add(pool.submit(() -> {
                try {
                    cache.read(ItemKey.of("sd", "absent.json"));
                    return null;
                } catch (AsideException e) {
                    return e.getClass();
                }
            }));
        }
        for (Future<Class<?>> read : reads) {
            assertEquals(ObjectNotFoundException.class, read.get());
        }
        pool.shutdown();
        assertTrue(cache.list().isEmpty());
    }
}
