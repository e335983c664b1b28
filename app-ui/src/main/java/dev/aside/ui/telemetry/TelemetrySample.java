package dev.aside.ui.telemetry;

/**
 * The cache over one sampling interval.
 *
 * @param second seconds since the console started
 * @param memoryUsedMiB memory tier use at the end of the interval
 * @param memoryLimitMiB its bound
 * @param memoryHitRatio share of the interval's reads served from memory (0 when there were none)
 * @param diskHitRatio share served from disk
 * @param loads SOR loads finished in the interval
 * @param evictions items evicted from memory in the interval
 */
public record TelemetrySample(long second, double memoryUsedMiB, double memoryLimitMiB, double memoryHitRatio,
        double diskHitRatio, long loads, long evictions) {}
