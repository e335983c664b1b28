package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aside.engine.ItemKey;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prometheus text with request counts and latency, hits by tier, misses, loads, load time, evictions, memory, JVM. */
class MetricsTest {

    @TempDir
    Path temp;

    @Test
    void metrics_countRequestsAndCacheActivity() {
        try (RunningServer server = RunningServer.start(temp)) {
            server.source("file1.json", "{\"a\": 1}");
            server.get("/cache/api/v1.0/?function=read&path=file1.json");
            server.get("/cache/api/v1.0/?function=read&path=file1.json");
            server.get("/cache/api/v1.0/?function=read&path=missing.json");
            server.engine().cache().policy().awaitPersistence(); // an item still being written is not evicted
            assertTrue(server.engine().cache().policy().evictFromMemory(ItemKey.of("sd", "file1.json")));

            HttpResponse<String> response = server.get("/metrics");
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain; version=0.0.4"));
            String text = response.body();
            assertEquals(2, sample(text, "aside_http_requests_total{method=\"GET\",route=\"/cache/api/v1.0/\",status=\"200\"}"), text);
            assertEquals(1, sample(text, "aside_http_requests_total{method=\"GET\",route=\"/cache/api/v1.0/\",status=\"404\"}"), text);
            assertEquals(1, sample(text, "aside_cache_hits_total{tier=\"memory\"}"), text);
            assertEquals(0, sample(text, "aside_cache_hits_total{tier=\"disk\"}"), text);
            assertEquals(2, sample(text, "aside_cache_misses_total"), text);
            assertEquals(1, sample(text, "aside_cache_loads_total"), text);
            assertEquals(1, sample(text, "aside_cache_load_failures_total"), text);
            assertEquals(1, sample(text, "aside_cache_evictions_total"), text);
            assertTrue(sample(text, "aside_cache_load_seconds_total") > 0, text);
            assertEquals(536_870_912, sample(text, "aside_cache_memory_limit_bytes"), text);
            assertEquals(1, sample(text, "aside_cache_items"), text);
            assertEquals(3, sample(text, "aside_http_request_duration_seconds_bucket{le=\"+Inf\"}"), text);
            assertEquals(3, sample(text, "aside_http_request_duration_seconds_count"), text);
            assertTrue(text.contains("jvm_memory_used_bytes{area=\"heap\""), "the JVM's own meters are there too");
            assertEquals(200, response.statusCode());
        }
    }

    /** The value of the sample named exactly {@code series} (name and labels), or NaN when absent. */
    private static double sample(String text, String series) {
        return text.lines().filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
                .findFirst().orElse(Double.NaN);
    }
}
