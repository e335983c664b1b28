package dev.aside.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.testing.CacheHarness;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EventsTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    @Test
    void read_miss_reportsStartedProgressFinishedPersisted() {
        Cache cache = harness.cache();
        String body = "[" + "1,".repeat(3_000_000) + "1]";
        harness.source("many.json", body);
        List<CacheEvent> events = new CopyOnWriteArrayList<>();
        cache.subscribe(events::add);

        cache.read(ItemKey.of("sd", "many.json"));
        cache.policy().awaitPersistence();

        assertInstanceOf(CacheEvent.LoadStarted.class, events.get(0));
        assertEquals(body.length(), ((CacheEvent.LoadStarted) events.get(0)).totalBytes());
        List<CacheEvent.LoadProgress> progress = events.stream()
                .filter(CacheEvent.LoadProgress.class::isInstance).map(CacheEvent.LoadProgress.class::cast).toList();
        assertTrue(progress.size() >= 2, "progress events: " + progress.size());
        assertEquals(body.length(), progress.get(progress.size() - 1).bytesDone());
        assertTrue(events.stream().anyMatch(CacheEvent.LoadFinished.class::isInstance));
        assertInstanceOf(CacheEvent.Persisted.class, events.get(events.size() - 1));
    }

    @Test
    void read_listenerThrows_readSucceedsAndOthersStillHear() {
        Cache cache = harness.cache();
        harness.source("a.json", "{}");
        List<CacheEvent> heard = new CopyOnWriteArrayList<>();
        cache.subscribe(event -> {
            throw new IllegalStateException("listener bug");
        });
        cache.subscribe(heard::add);

        cache.read(ItemKey.of("sd", "a.json"));

        assertTrue(heard.stream().anyMatch(CacheEvent.LoadFinished.class::isInstance));
    }

    @Test
    void read_failure_reportsLoadFailedWithPersonSafeMessage() {
        Cache cache = harness.cache();
        List<CacheEvent> events = new CopyOnWriteArrayList<>();
        cache.subscribe(events::add);

        try {
            cache.read(ItemKey.of("sd", "missing.json"));
        } catch (ObjectNotFoundException expected) {
            // reported below
        }

        CacheEvent.LoadFailed failed = (CacheEvent.LoadFailed) events.get(events.size() - 1);
        assertTrue(failed.message().contains("missing.json"), failed.message());
    }
}
