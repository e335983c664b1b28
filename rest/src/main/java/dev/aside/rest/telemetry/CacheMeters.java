package dev.aside.rest.telemetry;

import dev.aside.engine.Cache;
import dev.aside.engine.CacheStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;

/** The cache's statistics as meters, read from {@link Cache#stats()} when scraped. */
final class CacheMeters implements MeterBinder {

    private final Cache cache;

    CacheMeters(Cache cache) {
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, "aside.cache.hits", "Reads served from the cache, by tier.", null, CacheStats::memoryHits, "memory");
        counter(registry, "aside.cache.hits", "Reads served from the cache, by tier.", null, CacheStats::diskHits, "disk");
        counter(registry, "aside.cache.misses", "Reads that went to a system of record.", null, CacheStats::misses, null);
        counter(registry, "aside.cache.loads", "Successful loads from a system of record.", null, CacheStats::loads, null);
        counter(registry, "aside.cache.load.failures", "Failed loads from a system of record.", null,
                CacheStats::loadFailures, null);
        counter(registry, "aside.cache.load", "Time spent in successful loads.", "seconds",
                stats -> stats.totalLoadNanos() / 1e9, null);
        counter(registry, "aside.cache.evictions", "Items evicted from memory (they stay on disk).", null,
                CacheStats::evictions, null);
        gauge(registry, "aside.cache.items", "Items in the catalog.", null, CacheStats::itemCount);
        gauge(registry, "aside.cache.memory.items", "Items held in memory.", null, CacheStats::memoryItemCount);
        gauge(registry, "aside.cache.memory.used", "Estimated heap held by the memory tier.", "bytes",
                CacheStats::memoryUsedBytes);
        gauge(registry, "aside.cache.memory.limit", "The memory tier's bound.", "bytes", CacheStats::memoryLimitBytes);
        gauge(registry, "aside.cache.memory.peak", "The most the memory tier has held since start, decodes in flight "
                + "included.", "bytes", CacheStats::memoryPeakBytes);
    }

    private void counter(MeterRegistry registry, String name, String help, String unit,
            ToDoubleFunction<CacheStats> value, String tier) {
        FunctionCounter.Builder<Cache> builder = FunctionCounter.builder(name, cache, c -> value.applyAsDouble(c.stats()))
                .description(help).baseUnit(unit);
        if (tier != null) {
            builder.tag("tier", tier);
        }
        builder.register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String help, String unit, ToDoubleFunction<CacheStats> value) {
        Gauge.builder(name, cache, c -> value.applyAsDouble(c.stats())).description(help).baseUnit(unit).register(registry);
    }
}
