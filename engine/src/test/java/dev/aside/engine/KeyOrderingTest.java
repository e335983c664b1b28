package dev.aside.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.testing.TestFiles;
import dev.aside.engine.value.JsonValue;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Operations on one key are ordered: nothing a load does can undo or overtake a delete or update. */
class KeyOrderingTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @Test
    void delete_whileLoadInFlight_waitsSoTheItemDoesNotComeBack() throws Exception {
        Cache cache = harness.cache();
        harness.source("a.json", "{\"v\": 1}");
        harness.sor().holdOpens();
        CompletableFuture<CachedItem> load = CompletableFuture.supplyAsync(() -> cache.read(ItemKey.of("sd", "a.json")));
        harness.sor().awaitOpening();

        CompletableFuture<Boolean> delete = CompletableFuture.supplyAsync(() -> cache.delete(ItemKey.of("sd", "a.json")));
        Thread.sleep(100);
        assertTrue(!delete.isDone(), "delete must wait for the load of its key");
        harness.sor().releaseOpens();

        load.get();
        assertTrue(delete.get());
        assertTrue(cache.head(ItemKey.of("sd", "a.json")).isEmpty());
        cache.policy().awaitPersistence();
        assertTrue(harness.restart().head(ItemKey.of("sd", "a.json")).isEmpty());
    }

    @Test
    void update_whileDiskReadInFlight_returnsTheNewVersionFromSor() throws Exception {
        Cache cache = harness.cache();
        harness.source("a.json", "{\"v\": 1}");
        cache.read(ItemKey.of("sd", "a.json"));
        cache.policy().awaitPersistence();
        cache.policy().evictFromMemory(ItemKey.of("sd", "a.json"));
        TestFiles.change(harness.sorRoot(), "a.json", "{\"v\": 2}");

        CachedItem updated = cache.update(ItemKey.of("sd", "a.json"));

        assertTrue(updated.loadedFromSor());
        assertEquals(2, ((JsonValue) updated.value()).json().get("v").asInt());
    }

    @Test
    void read_fromListenerOfItsOwnLoad_doesNotDeadlock() {
        Cache cache = harness.cache();
        harness.source("a.json", "{\"v\": 1}");
        cache.subscribe(event -> {
            if (event instanceof CacheEvent.LoadFinished finished) {
                cache.read(finished.key());
                cache.head(finished.key());
            }
        });

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cache.read(ItemKey.of("sd", "a.json")));
    }
}
