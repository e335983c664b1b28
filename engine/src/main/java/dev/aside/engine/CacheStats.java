package dev.aside.engine;

/**
 * A point-in-time snapshot of the cache's counters; counters only grow while the cache is open.
 *
 * @param memoryHits reads served from the memory tier
 * @param diskHits reads served from the disk tier
 * @param misses reads that had to go to the SOR
 * @param loads SOR loads that succeeded
 * @param loadFailures SOR loads that failed
 * @param totalLoadNanos time spent in successful SOR loads
 * @param evictions items evicted from memory (they stay on disk)
 * @param itemCount items in the catalog
 * @param memoryItemCount items held in memory
 * @param memoryUsedBytes estimated heap held by the memory tier
 * @param memoryLimitBytes the memory tier's bound
 * @param memoryPeakBytes the most the memory tier has held, decodes in flight included, since start
 */
public record CacheStats(
        long memoryHits,
        long diskHits,
        long misses,
        long loads,
        long loadFailures,
        long totalLoadNanos,
        long evictions,
        long itemCount,
        long memoryItemCount,
        long memoryUsedBytes,
        long memoryLimitBytes,
        long memoryPeakBytes) {

    public long requests() {
        return memoryHits + diskHits + misses;
    }

    /** Share of reads served without the SOR, 0 when nothing was read yet. */
    public double hitRatio() {
        long requests = requests();
        return requests == 0 ? 0 : (double) (memoryHits + diskHits) / requests;
    }
}
