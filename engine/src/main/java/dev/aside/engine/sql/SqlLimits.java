package dev.aside.engine.sql;

import dev.aside.engine.InvalidParameterException;

/**
 * What one SQL query may use. DuckDB works outside the Java heap, so its memory is not in the
 * memory tier's budget: the product's footprint is the JVM heap plus {@code concurrentQueries *
 * memoryBytesPerQuery}. DuckDB spills hash tables and sorts to a temporary folder past its limit,
 * so a small limit slows a large GROUP BY down rather than failing it.
 *
 * @param threads DuckDB worker threads per query
 * @param memoryBytesPerQuery DuckDB's {@code memory_limit} for one query
 * @param concurrentQueries queries that may run at once; further ones wait for a free slot
 */
public record SqlLimits(int threads, long memoryBytesPerQuery, int concurrentQueries) {

    /** DuckDB needs some room for its buffer manager before it can spill; below this it fails outright. */
    static final long MINIMUM_MEMORY_BYTES = 64L << 20;

    public SqlLimits {
        if (threads < 1) {
            throw new InvalidParameterException("SQL threads must be at least 1, was " + threads + ".");
        }
        if (memoryBytesPerQuery < MINIMUM_MEMORY_BYTES) {
            throw new InvalidParameterException("SQL memory per query must be at least 64 MiB, was "
                    + memoryBytesPerQuery + " bytes.");
        }
        if (concurrentQueries < 1) {
            throw new InvalidParameterException("Concurrent SQL queries must be at least 1, was "
                    + concurrentQueries + ".");
        }
    }

    /**
     * The default beside a memory tier of {@code memoryTierBytes}: DuckDB scans Parquet files from
     * the disk tier, so it needs memory only for hash tables and sorts, and half the tier's size
     * (split over two queries at once, at least 256 MiB each) keeps a 10M-row GROUP BY in memory
     * while bounding the whole product at about 1.5x the tier plus the JVM's own heap overhead.
     */
    public static SqlLimits besideMemoryTier(long memoryTierBytes) {
        int concurrent = 2;
        long perQuery = Math.max(256L << 20, memoryTierBytes / 2 / concurrent);
        return new SqlLimits(Runtime.getRuntime().availableProcessors(), perQuery, concurrent);
    }
}
