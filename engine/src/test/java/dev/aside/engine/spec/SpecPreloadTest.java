package dev.aside.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.InvalidParameterException;
import dev.aside.engine.ItemKey;
import dev.aside.engine.testing.CacheHarness;
import dev.aside.engine.value.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SpecPreloadTest {

    @RegisterExtension
    final CacheHarness harness = new CacheHarness();

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
        scheduler.shutdownNow();
    }

    @Test
    void preload_withOneBadPath_reportsItAndLoadsTheRest() throws Exception {
        harness.source("data/a.json", "{\"a\":1}");
        harness.source("data/b.json", "{\"b\":22}");
        harness.source("data/deep/c.json", "[1,2,3]");
        harness.source("data/notes.txt", "skip me");
        SpecFile spec = SpecFile.parse("""
                {"prefix": "data/", "items": ["a.json", "missing.json", {"path": "**/c.json"}, "b*.json"]}
                """, false);
        List<PreloadProgress> progress = new CopyOnWriteArrayList<>();
        try (SpecPreloader preloader = new SpecPreloader(harness.cache(), pool, scheduler)) {
            PreloadReport report = preloader.preload(spec, progress::add).get(30, TimeUnit.SECONDS);

            assertEquals(List.of("data/a.json", "data/b.json", "data/deep/c.json"),
                    report.loaded().stream().sorted().toList());
            assertEquals(List.of("data/missing.json"), List.copyOf(report.failures().keySet()));
            assertEquals(4, progress.size());
            PreloadProgress last = progress.stream().filter(p -> p.itemsDone() == 4).findFirst().orElseThrow();
            assertEquals(4, last.itemsTotal());
            assertEquals(last.bytesTotal(), last.bytesDone());
            assertEquals(7 + 8 + 7, report.bytes());
            assertTrue(progress.stream().anyMatch(PreloadProgress::failed));
            assertTrue(harness.cache().getIfPresent(ItemKey.of("sd", "data/deep/c.json")).isPresent());
        }
    }

    @Test
    void start_refreshInterval_reloadsAChangedItem() throws Exception {
        harness.source("live.json", "{\"v\":1}");
        SpecFile spec = SpecFile.parse("items:\n  - path: live.json\n    refresh: PT0.2S\n", true);
        try (SpecPreloader preloader = new SpecPreloader(harness.cache(), pool, scheduler)) {
            preloader.start(spec, p -> { }).get(30, TimeUnit.SECONDS);
            harness.source("live.json", "{\"v\":2, \"more\":true}");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            int seen = 1;
            while (seen != 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
                seen = ((JsonValue) harness.cache().getIfPresent(ItemKey.of("sd", "live.json")).orElseThrow().value()).json().get("v").asInt();
            }
            assertEquals(2, seen);
        }
    }

    @Test
    void parse_malformedSpec_failsWithAMessage() {
        assertThrows(InvalidParameterException.class, () -> SpecFile.parse("{\"items\": 3}", false));
        assertThrows(InvalidParameterException.class,
                () -> SpecFile.parse("{\"items\": [\"a\"], \"refresh\": \"soon\"}", false));
    }

    @Test
    void glob_matchesWithinAndAcrossFolders() {
        assertTrue(GlobExpander.toRegex("data/*.json").matcher("data/a.json").matches());
        assertTrue(!GlobExpander.toRegex("data/*.json").matcher("data/x/a.json").matches());
        assertTrue(GlobExpander.toRegex("data/**/*.json").matcher("data/a.json").matches());
        assertTrue(GlobExpander.toRegex("data/**/*.json").matcher("data/x/y/a.json").matches());
        assertEquals("data/", GlobExpander.literalFolder("data/b*.json"));
        assertEquals("", GlobExpander.literalFolder("*.json"));
    }
}
