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

    @Test
    void peek_memoryItem_countsNoHitAndKeepsLastAccess() {
        Cache cache = harness.cache();
        harness.source("a.json", "{\"a\": 1}");
        cache.read("a.json");
        ItemInfo before = cache.head("a.json").orElseThrow();

        CachedItem peeked = cache.peek("a.json").orElseThrow();

        assertEquals(1, ((JsonValue) peeked.value()).json().get("a").asInt());
        ItemInfo after = cache.head("a.json").orElseThrow();
        assertEquals(before.hits(), after.hits());
        assertEquals(before.lastAccess(), after.lastAccess());
        assertEquals(0, cache.stats().memoryHits() + cache.stats().diskHits());
    }

    @Test
    void peek_diskOnlyItem_readsFromDiskWithoutPromoting() {
        Cache cache = harness.cache();
        harness.source("a.json", "{\"a\": 1}");
        cache.read("a.json");
        cache.policy().awaitPersistence();
        cache.policy().evictFromMemory("a.json");

        CachedItem peeked = cache.peek("a.json").orElseThrow();

        assertEquals(Tier.DISK, peeked.servedFrom());
        assertEquals(Tier.DISK, cache.head("a.json").orElseThrow().tier());
        assertEquals(0, cache.stats().memoryUsedBytes());
        assertEquals(0, cache.head("a.json").orElseThrow().hits());
    }

    @Test
    void peek_notCachedItem_isEmptyAndNeverLoads() {
        Cache cache = harness.cache();
        harness.source("a.json", "{\"a\": 1}");

        assertTrue(cache.peek("a.json").isEmpty());
        assertEquals(0, harness.sor().requests());
        assertFalse(cache.head("a.json").isPresent());
    }
}
