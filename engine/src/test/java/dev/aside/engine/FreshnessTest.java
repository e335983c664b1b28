package dev.aside.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.testing.TestFiles;
import dev.aside.engine.value.JsonValue;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FreshnessTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    private static final ItemKey A = ItemKey.of("sd", "a.json");

    @Test
    void freshness_unchangedSource_isCurrent() {
        Cache cache = harness.cache();
        harness.source("a.json", "{\"a\": 1}");
        cache.read(A);

        assertEquals(Freshness.CURRENT, cache.freshness(A));
    }

    @Test
    void freshness_changedSource_isStaleAndValidatingReadReloads() {
        Cache cache = harness.cache();
        harness.source("a.json", "{\"a\": 1}");
        cache.read(A);
        TestFiles.change(harness.sorRoot(), "a.json", "{\"a\": 22}");

        assertEquals(Freshness.STALE, cache.freshness(A));
        assertEquals(22, ((JsonValue) cache.read(A, ReadOptions.VALIDATE).value()).json()
                .get("a").asInt());
        assertEquals(Freshness.CURRENT, cache.freshness(A));
    }

    @Test
    void freshness_sourceGone_isStale() throws Exception {
        Cache cache = harness.cache();
        harness.source("a.json", "{\"a\": 1}");
        cache.read(A);
        Files.delete(harness.sorRoot().resolve("a.json"));

        assertEquals(Freshness.STALE, cache.freshness(A));
    }

    @Test
    void freshness_sorFolderUnreadable_isUnreachable() throws Exception {
        Cache cache = harness.cache();
        harness.source("a.json", "{\"a\": 1}");
        cache.read(A);
        TestFiles.deleteTree(harness.sorRoot());

        Freshness freshness = cache.freshness(A);

        // a drive folder that vanished is either gone objects or an unreachable SOR, never current
        assertEquals(true, freshness != Freshness.CURRENT, freshness.name());
    }

    @Test
    void freshness_writtenValue_isCurrentAndUnknownKeyThrows() {
        Cache cache = harness.cache();
        cache.put(ItemKey.written("results/x"), new JsonValue(JsonNodeFactory.instance.numberNode(1)));

        assertEquals(Freshness.CURRENT, cache.freshness(ItemKey.written("results/x")));
        assertThrows(ItemNotFoundException.class, () -> cache.freshness(ItemKey.of("sd", "nothing.json")));
    }
}
