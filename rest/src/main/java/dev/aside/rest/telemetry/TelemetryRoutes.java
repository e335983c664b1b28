package dev.aside.rest.telemetry;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.aside.engine.Cache;
import dev.aside.engine.CacheStats;
import dev.aside.engine.function.FunctionRegistry;
import dev.aside.engine.function.FunctionWorkload;
import dev.aside.rest.auth.Access;
import dev.aside.rest.output.ReplyWriter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code GET /health} and {@code GET /metrics} (Prometheus, through Micrometer): the server's and the
 * cache's vital signs, with the JVM's memory, threads, CPU and uptime.
 */
public final class TelemetryRoutes {

    /** The Prometheus text exposition format that {@link PrometheusMeterRegistry#scrape()} writes. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final Cache cache;
    private final FunctionRegistry functions;
    private final Supplier<?> cluster;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final RequestMeters requests = new RequestMeters(registry);

    /** @param cluster the cluster's name and size for {@code /health}; null from a single server */
    public TelemetryRoutes(Cache cache, FunctionRegistry functions, Supplier<?> cluster) {
        this.cache = cache;
        this.functions = functions;
        this.cluster = cluster;
        new CacheMeters(cache).bindTo(registry);
        new FunctionMeters(functions).bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public void register(Javalin app) {
        app.get("/health", this::health, Access.OPEN);
        app.get("/metrics", this::metrics, Access.READ);
    }

    /** Counts one answered request; called for every request. */
    public void record(RequestRecord request) {
        requests.record(request);
    }

    /**
     * @param status {@code up}; {@code degraded} when user functions are refused until a restart
     * @param storages the SORs configured, default first
     * @param cluster {@code {"name", "members"}} of a member's cluster; absent on a single server
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Health(String status, long items, long memoryUsedBytes, long memoryLimitBytes, List<String> storages,
            Functions functions, Object cluster) {}

    /** User functions' share of the server: see {@link FunctionWorkload}. */
    record Functions(int running, int queued, int abandoned, int abandonedCap, boolean restartNeeded) {}

    private void health(Context ctx) throws IOException {
        CacheStats stats = cache.stats();
        FunctionWorkload work = functions.workload();
        ReplyWriter.json(ctx, new Health(work.needsRestart() ? "degraded" : "up", stats.itemCount(),
                stats.memoryUsedBytes(), stats.memoryLimitBytes(), cache.storages(), new Functions(work.running(),
                        work.queued(), work.abandoned(), work.abandonedCap(), work.needsRestart()), cluster.get()));
    }

    private void metrics(Context ctx) {
        ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape());
    }
}
