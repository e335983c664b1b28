package dev.aside.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PeekTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    private static final ItemKey A = ItemKey.of("sd", "a.json");

    @Test
    void peek_memoryItem_countsNoHitAndKeepsLastAccess() {
        Cache cache = harness.cache();
        harness.source("a.json", "{\"a\": 1}");
        cache.read(A);
        ItemInfo before = cache.head(A).orElseThrow();

        CachedItem peeked = cache.peek(A).orElseThrow();

        assertEquals(1, ((JsonValue) peeked.value()).json().get("a").asInt());
        ItemInfo after = cache.head(A).orElseThrow();
        assertEquals(before.hits(), after.hits());
        assertEquals(before.lastAccess(), after.lastAccess());
        assertEquals(0, cache.stats().memoryHits() + cache.stats().diskHits());
    }

    @Test
    void peek_diskOnlyItem_readsFromDiskWithoutPromoting() {
        Cache cache = harness.cache();
        harness.source("a.json", "{\"a\": 1}");
        cache.read(A);
        cache.policy().awaitPersistence();
        cache.policy().evictFromMemory(A);

        CachedItem peeked = cache.peek(A).orElseThrow();

        assertEquals(Tier.DISK, peeked.servedFrom());
        assertEquals(Tier.DISK, cache.head(A).orElseThrow().tier());
        assertEquals(0, cache.stats().memoryUsedBytes());
        assertEquals(0, cache.head(A).orElseThrow().hits());
    }

    @Test
    void peek_notCachedItem_isEmptyAndNeverLoads() {
        Cache cache = harness.cache();
        harness.source("a.json", "{\"a\": 1}");

        assertTrue(cache.peek(A).isEmpty());
        assertEquals(0, harness.sor().requests());
        assertFalse(cache.head(A).isPresent());
    }
}
