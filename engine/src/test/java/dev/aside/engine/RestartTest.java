package dev.aside.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.testing.TestFiles;
import dev.aside.engine.value.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RestartTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @Test
    void read_afterRestart_servedFromDiskWithoutSor() {
        Cache cache = harness.cache();
        harness.source("file2.json", "{\"id\": \"0001\"}");
        harness.source("file3.json", "[1, 2, 3]");
        TestFiles.write(harness.sorRoot(), "raw.bin", new byte[] {9, 8, 7});
        cache.read("file2.json");
        cache.read("file3.json");
        cache.read("raw.bin");
        cache.read("file2.json");

        cache = harness.restart();
        harness.sor().switchOff();

        List<ItemInfo> listed = cache.list();
        assertEquals(List.of("file2.json", "file3.json", "raw.bin"), listed.stream().map(ItemInfo::key).toList());
        assertTrue(listed.stream().allMatch(info -> info.tier() == Tier.DISK));
        assertEquals(1, listed.get(0).hits());
        CachedItem doc = cache.read("file2.json");
        assertEquals(Tier.DISK, doc.servedFrom());
        assertEquals("0001", ((JsonValue) doc.value()).json().get("id").asText());
        assertEquals(3, cache.read("file3.json").info().rows());
        assertEquals(3, cache.read("raw.bin").info().rows());
        assertEquals(Tier.MEMORY, cache.read("file2.json").servedFrom());
        assertEquals(0, harness.sor().requests());
        assertEquals(3, cache.stats().diskHits());
    }
}
