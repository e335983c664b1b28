package dev.aside.ui.telemetry;

/**
 * The cache over one sampling interval.
 *
 * @param second wall-clock time of the sample, in seconds since the epoch
 * @param memoryUsedMiB memory tier use at the end of the interval
 * @param memoryLimitMiB its bound
 * @param memoryHitRatio share of the interval's reads served from memory (0 when there were none)
 * @param diskHitRatio share served from disk
 * @param cumulativeHitRatio share of all reads since the engine opened served from memory or disk
 * @param loads SOR loads finished in the interval
 * @param evictions items evicted from memory in the interval
 */
public record TelemetrySample(long second, double memoryUsedMiB, double memoryLimitMiB, double memoryHitRatio,
        double diskHitRatio, double cumulativeHitRatio, long loads, long evictions) {}
