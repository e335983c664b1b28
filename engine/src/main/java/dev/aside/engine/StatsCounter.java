package dev.aside.engine;

import java.util.concurrent.atomic.LongAdder;

/** The cache's counters; striped so that concurrent hits do not contend. */
final class StatsCounter {

    final LongAdder memoryHits = new LongAdder();
    final LongAdder diskHits = new LongAdder();
    final LongAdder misses = new LongAdder();
    final LongAdder loads = new LongAdder();
    final LongAdder loadFailures = new LongAdder();
    final LongAdder loadNanos = new LongAdder();
    final LongAdder evictions = new LongAdder();

    CacheStats snapshot(long items, long memoryItems, long memoryUsed, long memoryLimit, long memoryPeak) {
        return new CacheStats(memoryHits.sum(), diskHits.sum(), misses.sum(), loads.sum(),
                loadFailures.sum(), loadNanos.sum(), evictions.sum(), items, memoryItems, memoryUsed,
                memoryLimit, memoryPeak);
    }
}
