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

    @Test
    void setMemoryLimitBytes_lowered_evictsOnlyTheLargeItemAndSaysWhich() {
        Cache cache = harness.cache();
        harness.source("big.json", collection(20_000));
        for (int i = 0; i < 6; i++) {
            harness.source("s" + i + ".json", "{\"s\": " + i + "}");
        }
        cache.read(ItemKey.of("sd", "big.json"));
        for (int round = 0; round < 5; round++) {
            cache.read(ItemKey.of("sd", "big.json")); // the big item is the most used: frequency alone would keep it
        }
        for (int i = 0; i < 6; i++) {
            cache.read(ItemKey.of("sd", "s" + i + ".json"));
        }
        cache.policy().awaitPersistence();
        long big = cache.head(ItemKey.of("sd", "big.json")).orElseThrow().heapBytes();

        List<ItemKey> evicted = cache.policy().setMemoryLimitBytes(big - 1);

        assertEquals(List.of(ItemKey.of("sd", "big.json")), evicted);
        assertEquals(6, cache.stats().memoryItemCount(), cache.stats().toString());
        assertEquals(Tier.DISK, cache.head(ItemKey.of("sd", "big.json")).orElseThrow().tier());
    }

    @Test
    void setMemoryLimitBytes_loweredByLittle_evictsOneSmallItemNotTheLargeOne() {
        Cache cache = harness.cache();
        harness.source("big.json", collection(20_000));
        harness.source("small.json", "{\"s\": 1}");
        cache.read(ItemKey.of("sd", "big.json"));
        cache.read(ItemKey.of("sd", "small.json"));
        cache.policy().awaitPersistence();
        long used = cache.stats().memoryUsedBytes();

        List<ItemKey> evicted = cache.policy().setMemoryLimitBytes(used - 64); // the tier weighs in units of 64 bytes

        assertEquals(List.of(ItemKey.of("sd", "small.json")), evicted);
        assertTrue(cache.head(ItemKey.of("sd", "big.json")).orElseThrow().tier().inMemory());
    }

    @Test
    void setMemoryLimitBytes_raised_evictsNothing() {
        Cache cache = harness.cache();
        harness.source("a.json", "{\"a\": 1}");
        cache.read(ItemKey.of("sd", "a.json"));

        assertEquals(List.of(), cache.policy().setMemoryLimitBytes(2L << 30));
        assertEquals(2L << 30, cache.policy().memoryLimitBytes());
    }
}
