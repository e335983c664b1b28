package dev.aside.rest.telemetry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Request counters by route, method and status, and one latency histogram. Thread-safe. */
final class RequestMetrics {

    /** Seconds; spans a memory hit (well under 1 ms) to a cold multi-second load. */
    static final double[] BUCKETS = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    record Key(String method, String route, int status) {}

    private final Map<Key, LongAdder> requests = new ConcurrentHashMap<>();
    private final LongAdder[] bucketCounts = new LongAdder[BUCKETS.length];
    private final LongAdder count = new LongAdder();
    private final java.util.concurrent.atomic.DoubleAdder sum = new java.util.concurrent.atomic.DoubleAdder();

    RequestMetrics() {
        for (int i = 0; i < BUCKETS.length; i++) {
            bucketCounts[i] = new LongAdder();
        }
    }

    void record(RequestRecord request) {
        requests.computeIfAbsent(new Key(request.method(), request.route(), request.status()), k -> new LongAdder())
                .increment();
        double seconds = request.millis() / 1000;
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                bucketCounts[i].increment();
                break;
            }
        }
        count.increment();
        sum.add(seconds);
    }

    Map<Key, LongAdder> requests() {
        return requests;
    }

    /** Cumulative counts per bucket, as Prometheus histograms report them. */
    long[] cumulativeBuckets() {
        long[] out = new long[BUCKETS.length];
        long running = 0;
        for (int i = 0; i < BUCKETS.length; i++) {
            running += bucketCounts[i].sum();
            out[i] = running;
        }
        return out;
    }

    long count() {
        return count.sum();
    }

    double sumSeconds() {
        return sum.sum();
    }
}
