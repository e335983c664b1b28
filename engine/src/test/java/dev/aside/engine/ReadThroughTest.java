package dev.aside.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.testing.TestFiles;
import dev.aside.engine.value.BytesValue;
import dev.aside.engine.value.JsonValue;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReadThroughTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();
    Cache cache;

    @BeforeEach
    void open() {
        cache = harness.cache();
    }

    @Test
    void read_firstTime_loadsFromSorThenServesFromMemory() {
        harness.source("docs/file2.json", "{\"id\": \"0001\", \"type\": \"donut\", \"ppu\": 0.55}");

        CachedItem first = cache.read(ItemKey.of("sd", "docs/file2.json"));
        CachedItem second = cache.read(ItemKey.of("sd", "docs/file2.json"));

        assertTrue(first.loadedFromSor());
        assertEquals(ItemKind.DOCUMENT, first.info().kind());
        assertEquals("donut", ((JsonValue) first.value()).json().get("type").asText());
        assertEquals(Tier.MEMORY, second.servedFrom());
        assertEquals(1, harness.sor().opens());
        assertEquals(1, second.info().hits());
        CacheStats stats = cache.stats();
        assertEquals(1, stats.misses());
        assertEquals(1, stats.memoryHits());
        assertEquals(1, stats.loads());
    }

    @Test
    void read_jsonArray_isCollectionAndBinIsBytes() {
        harness.source("file3.json", "[{\"id\": 1}, {\"id\": 2}, {\"id\": 3}]");
        TestFiles.write(harness.sorRoot(), "blob.bin", new byte[] {1, 2, 3, 4});

        CachedItem collection = cache.read(ItemKey.of("sd", "file3.json"));
        CachedItem bytes = cache.read(ItemKey.of("sd", "blob.bin"));

        assertEquals(ItemKind.COLLECTION, collection.info().kind());
        assertEquals(3, collection.info().rows());
        assertEquals(ItemKind.BYTES, bytes.info().kind());
        assertArrayEquals(new byte[] {1, 2, 3, 4}, ((BytesValue) bytes.value()).bytes());
    }

    @Test
    void head_cachedItem_answersMetadataWithoutSorOrValue() {
        harness.source("a.json", "{\"k\": 1}");
        cache.read(ItemKey.of("sd", "a.json"));
        int before = harness.sor().requests();

        ItemInfo info = cache.head(ItemKey.of("sd", "a.json")).orElseThrow();

        assertEquals(ItemKey.of("sd", "a.json"), info.key());
        assertEquals("a.json", info.path());
        assertEquals("sd", info.storage());
        assertEquals(8, info.sorSize());
        assertEquals(before, harness.sor().requests());
        assertTrue(cache.head(ItemKey.of("sd", "never-read.json")).isEmpty());
    }

    @Test
    void delete_removesFromMemoryAndDiskSoNextReadGoesToSor() {
        harness.source("a.json", "{\"k\": 1}");
        cache.read(ItemKey.of("sd", "a.json"));

        assertTrue(cache.delete(ItemKey.of("sd", "a.json")));
        assertTrue(cache.head(ItemKey.of("sd", "a.json")).isEmpty());
        cache = harness.restart();
        assertTrue(cache.list().isEmpty());
        CachedItem again = cache.read(ItemKey.of("sd", "a.json"));
        assertTrue(again.loadedFromSor());
        assertEquals(false, cache.delete(ItemKey.of("sd", "missing.json")));
    }

    @Test
    void update_changedSource_reloadsNewVersion() {
        harness.source("a.json", "{\"v\": 1}");
        cache.read(ItemKey.of("sd", "a.json"));
        TestFiles.change(harness.sorRoot(), "a.json", "{\"v\": 2}");

        assertEquals(1, ((JsonValue) cache.read(ItemKey.of("sd", "a.json")).value()).json().get("v").asInt());
        CachedItem updated = cache.update(ItemKey.of("sd", "a.json"));

        assertTrue(updated.loadedFromSor());
        assertEquals(2, ((JsonValue) cache.read(ItemKey.of("sd", "a.json")).value()).json().get("v").asInt());
        assertEquals(2, harness.sor().opens());
    }

    @Test
    void read_validate_reloadsOnlyWhenSourceChanged() {
        harness.source("a.json", "{\"v\": 1}");
        cache.read(ItemKey.of("sd", "a.json"));

        CachedItem fresh = cache.read(ItemKey.of("sd", "a.json"), ReadOptions.VALIDATE);
        assertEquals(Tier.MEMORY, fresh.servedFrom());

        TestFiles.change(harness.sorRoot(), "a.json", "{\"v\": 22}");
        CachedItem stale = cache.read(ItemKey.of("sd", "a.json"), ReadOptions.VALIDATE);

        assertTrue(stale.loadedFromSor());
        assertEquals(22, ((JsonValue) stale.value()).json().get("v").asInt());
    }

    @Test
    void put_functionResult_isListedWithoutStorageAndSurvivesRestart() {
        cache.put(ItemKey.written("results/answer"), new JsonValue(JsonNodeFactory.instance.objectNode().put("a", 42)));
        cache.policy().awaitPersistence();

        cache = harness.restart();
        ItemInfo info = cache.head(ItemKey.written("results/answer")).orElseThrow();
        assertNull(info.storage());
        assertEquals(Tier.DISK, info.tier());
        assertEquals(42, ((JsonValue) cache.read(ItemKey.written("results/answer")).value()).json().get("a").asInt());
        assertEquals(0, harness.sor().requests());
    }
}
