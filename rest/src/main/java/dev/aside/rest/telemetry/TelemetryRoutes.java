package dev.aside.rest.telemetry;

import dev.aside.engine.Cache;
import dev.aside.engine.CacheStats;
import dev.aside.rest.auth.Access;
import dev.aside.rest.output.ReplyWriter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** {@code GET /health} and {@code GET /metrics} (Prometheus): the server's and the cache's vital signs. */
public final class TelemetryRoutes {

    private final Cache cache;
    private final RequestMetrics metrics = new RequestMetrics();

    public TelemetryRoutes(Cache cache) {
        this.cache = cache;
    }

    public void register(Javalin app) {
        app.get("/health", this::health, Access.OPEN);
        app.get("/metrics", this::metrics, Access.READ);
    }

    /** Counts one answered request; called for every request. */
    public void record(RequestRecord request) {
        metrics.record(request);
    }

    /** @param storages the SORs configured, default first */
    record Health(String status, long items, long memoryUsedBytes, long memoryLimitBytes, List<String> storages) {}

    private void health(Context ctx) throws IOException {
        CacheStats stats = cache.stats();
        ReplyWriter.json(ctx, new Health("up", stats.itemCount(), stats.memoryUsedBytes(), stats.memoryLimitBytes(),
                cache.storages()));
    }

    private void metrics(Context ctx) {
        PrometheusText text = new PrometheusText();
        text.family("aside_http_requests_total", "counter", "HTTP requests answered, by method, route and status.");
        for (Map.Entry<RequestMetrics.Key, java.util.concurrent.atomic.LongAdder> entry : metrics.requests().entrySet()) {
            RequestMetrics.Key key = entry.getKey();
            text.sample("aside_http_requests_total", entry.getValue().sum(), "method", key.method(), "route", key.route(),
                    "status", Integer.toString(key.status()));
        }
        text.family("aside_http_request_duration_seconds", "histogram", "Time to answer an HTTP request.");
        long[] buckets = metrics.cumulativeBuckets();
        for (int i = 0; i < buckets.length; i++) {
            text.sample("aside_http_request_duration_seconds_bucket", buckets[i], "le",
                    Double.toString(RequestMetrics.BUCKETS[i]));
        }
        text.sample("aside_http_request_duration_seconds_bucket", metrics.count(), "le", "+Inf")
                .sample("aside_http_request_duration_seconds_sum", metrics.sumSeconds())
                .sample("aside_http_request_duration_seconds_count", metrics.count());

        CacheStats stats = cache.stats();
        text.family("aside_cache_hits_total", "counter", "Reads served from the cache, by tier.")
                .sample("aside_cache_hits_total", stats.memoryHits(), "tier", "memory")
                .sample("aside_cache_hits_total", stats.diskHits(), "tier", "disk")
                .single("aside_cache_misses_total", "counter", "Reads that went to a system of record.", stats.misses())
                .single("aside_cache_loads_total", "counter", "Successful loads from a system of record.", stats.loads())
                .single("aside_cache_load_failures_total", "counter", "Failed loads from a system of record.",
                        stats.loadFailures())
                .single("aside_cache_load_seconds_total", "counter", "Time spent in successful loads.",
                        stats.totalLoadNanos() / 1e9)
                .single("aside_cache_evictions_total", "counter", "Items evicted from memory (they stay on disk).",
                        stats.evictions())
                .single("aside_cache_items", "gauge", "Items in the catalog.", stats.itemCount())
                .single("aside_cache_memory_items", "gauge", "Items held in memory.", stats.memoryItemCount())
                .single("aside_cache_memory_used_bytes", "gauge", "Estimated heap held by the memory tier.",
                        stats.memoryUsedBytes())
                .single("aside_cache_memory_limit_bytes", "gauge", "The memory tier's bound.", stats.memoryLimitBytes());
        ctx.contentType(PrometheusText.CONTENT_TYPE).result(text.toString());
    }
}
