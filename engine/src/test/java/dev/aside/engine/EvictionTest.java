package dev.aside.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.testing.CacheHarness;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EvictionTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    private static String collection(int elements) {
        return "[" + "{\"name\": \"bond\", \"price\": 101.5},".repeat(elements - 1) + "{\"name\": \"last\"}]";
    }

    @Test
    void read_overMemoryLimit_evictsButKeepsOnDiskAndServesFromDisk() {
        Cache cache = harness.cache();
        for (int i = 0; i < 6; i++) {
            harness.source("c" + i + ".json", collection(2_000));
        }
        cache.read(ItemKey.of("sd", "c0.json"));
        long oneItem = cache.stats().memoryUsedBytes();
        cache.policy().setMemoryLimitBytes(oneItem * 3);
        List<CacheEvent.Evicted> evicted = new CopyOnWriteArrayList<>();
        cache.subscribe(event -> {
            if (event instanceof CacheEvent.Evicted e) {
                evicted.add(e);
            }
        });

        for (int i = 1; i < 6; i++) {
            cache.read(ItemKey.of("sd", "c" + i + ".json"));
        }
        cache.policy().awaitPersistence();

        CacheStats stats = cache.stats();
        assertTrue(stats.memoryUsedBytes() <= stats.memoryLimitBytes(), stats.toString());
        assertTrue(stats.evictions() >= 3, stats.toString());
        assertEquals(stats.evictions(), evicted.size());
        assertEquals(6, stats.itemCount());
        ItemKey gone = evicted.get(0).key();
        assertEquals(Tier.DISK, cache.head(gone).orElseThrow().tier());
        int sorRequests = harness.sor().requests();
        CachedItem back = cache.read(gone);
        assertEquals(Tier.DISK, back.servedFrom());
        assertEquals(sorRequests, harness.sor().requests());
    }

    @Test
    void evictFromMemory_onRequest_keepsItemOnDisk() {
        Cache cache = harness.cache();
        harness.source("a.json", "{\"a\": 1}");
        cache.read(ItemKey.of("sd", "a.json"));
        cache.policy().awaitPersistence();

        assertTrue(cache.policy().evictFromMemory(ItemKey.of("sd", "a.json")));
        assertFalse(cache.policy().evictFromMemory(ItemKey.of("sd", "a.json")));
        assertEquals(Tier.DISK, cache.head(ItemKey.of("sd", "a.json")).orElseThrow().tier());
        assertEquals(0, cache.stats().memoryUsedBytes());
        assertEquals(Tier.DISK, cache.read(ItemKey.of("sd", "a.json")).servedFrom());
        assertEquals(1, cache.stats().evictions());
    }
}
