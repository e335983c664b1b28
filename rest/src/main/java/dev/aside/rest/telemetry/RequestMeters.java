package dev.aside.rest.telemetry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Requests answered, by method, route and status ({@code aside_http_requests_total}), and how long
 * they took ({@code aside_http_request_duration_seconds}, a histogram). Thread-safe.
 */
final class RequestMeters {

    /** Histogram bounds that span a memory hit (well under 1 ms) to a cold multi-second load. */
    private static final Duration[] BUCKETS = {Duration.ofNanos(500_000), Duration.ofMillis(1),
            Duration.ofNanos(2_500_000), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2_500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private record Key(String method, String route, int status) {}

    private final MeterRegistry registry;
    private final Timer duration;
    /** Micrometer finds a meter by name and tags on each lookup; the hit path keeps its own map instead. */
    private final Map<Key, Counter> counters = new ConcurrentHashMap<>();

    RequestMeters(MeterRegistry registry) {
        this.registry = registry;
        this.duration = Timer.builder("aside.http.request.duration")
                .description("Time to answer an HTTP request.")
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    void record(RequestRecord request) {
        counters.computeIfAbsent(new Key(request.method(), request.route(), request.status()),
                key -> Counter.builder("aside.http.requests")
                        .description("HTTP requests answered, by method, route and status.")
                        .tag("method", key.method())
                        .tag("route", key.route())
                        .tag("status", Integer.toString(key.status()))
                        .register(registry))
                .increment();
        duration.record((long) (request.millis() * 1_000_000), TimeUnit.NANOSECONDS);
    }
}
