package dev.aside.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prometheus text with request counts, hits by tier, misses, loads, load time, evictions and memory. */
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
            server.engine().cache().policy().evictFromMemory("file1.json");

            HttpResponse<String> response = server.get("/metrics");
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain; version=0.0.4"));
            String text = response.body();
            assertTrue(text.contains("aside_http_requests_total{method=\"GET\",route=\"/cache/api/v1.0/\",status=\"200\"} 2"), text);
            assertTrue(text.contains("aside_http_requests_total{method=\"GET\",route=\"/cache/api/v1.0/\",status=\"404\"} 1"), text);
            assertTrue(text.contains("aside_cache_hits_total{tier=\"memory\"} 1"), text);
            assertTrue(text.contains("aside_cache_hits_total{tier=\"disk\"} 0"), text);
            assertTrue(text.contains("aside_cache_misses_total 2"), text);
            assertTrue(text.contains("aside_cache_loads_total 1"), text);
            assertTrue(text.contains("aside_cache_load_failures_total 1"), text);
            assertTrue(text.contains("aside_cache_evictions_total 1"), text);
            assertTrue(text.contains("aside_cache_load_seconds_total "), text);
            assertTrue(text.contains("aside_cache_memory_limit_bytes 536870912"), text);
            assertTrue(text.contains("aside_http_request_duration_seconds_bucket{le=\"+Inf\"} 3"), text);
            assertEquals(200, response.statusCode());
        }
    }
}
