package dev.aside.engine.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Policy;
import com.github.benmanes.caffeine.cache.RemovalCause;
import dev.aside.engine.ItemKey;
import dev.aside.engine.value.Value;
import java.util.function.BiConsumer;

/**
 * The memory tier: values on the heap, bounded by their estimated retained bytes.
 *
 * <p>Eviction is Caffeine's Window TinyLFU: it keeps items that are read often over items that were
 * merely read last, which suits analysts who return to a few large tables between one-off reads.
 * Maintenance runs on the calling threads ({@code Runnable::run}) so evictions happen before a
 * {@link #put} returns and tests see them deterministically.
 *
 * <p>Thread-safe. The eviction callback runs on the thread that caused the eviction.
 */
public final class MemoryTier {

    /** A value with the estimate it was admitted with, so it is weighed once, not on every event. */
    private record Held(Value value, long heapBytes) {}

    private final Cache<ItemKey, Held> values;
    private final Policy.Eviction<ItemKey, Held> eviction;

    /**
     * @param limitBytes the bound on the sum of estimated heap bytes
     * @param onEvicted called with the key and the value's estimated bytes when an item leaves to
     *     make room (not when it is removed by {@link #remove})
     */
    public MemoryTier(long limitBytes, BiConsumer<ItemKey, Long> onEvicted) {
        this.values = Caffeine.newBuilder()
                .maximumWeight(units(limitBytes))
                .weigher(MemoryTier::weigh)
                .executor(Runnable::run)
                .evictionListener((ItemKey key, Held held, RemovalCause cause) -> {
                    if (cause.wasEvicted() && key != null && held != null) {
                        onEvicted.accept(key, held.heapBytes());
                    }
                })
                .build();
        this.eviction = values.policy().eviction().orElseThrow();
    }

    /**
     * Caffeine weighs entries in ints, so weights are in units of 64 bytes: an entry may weigh up to
     * 128 GiB, and rounding up costs a small JSON document at most 63 bytes of its budget.
     */
    private static final int UNIT_SHIFT = 6;

    private static int weigh(ItemKey key, Held held) {
        return (int) Math.min(Integer.MAX_VALUE, units(held.heapBytes()));
    }

    private static long units(long bytes) {
        return (bytes + (1L << UNIT_SHIFT) - 1) >>> UNIT_SHIFT;
    }

    /** The value, or null when not held; counts as an access for the eviction policy. */
    public Value get(ItemKey key) {
        Held held = values.getIfPresent(key);
        return held == null ? null : held.value();
    }

    /** Admits a value weighing {@code heapBytes}; may evict others, or this one if it is too big. */
    public void put(ItemKey key, Value value, long heapBytes) {
        values.put(key, new Held(value, heapBytes));
    }

    /** Removes without reporting an eviction; the estimated bytes freed, or -1 when not held. */
    public long remove(ItemKey key) {
        Held held = values.asMap().remove(key);
        return held == null ? -1 : held.heapBytes();
    }

    public boolean contains(ItemKey key) {
        return values.asMap().containsKey(key);
    }

    /** Estimated bytes held, rounded up to 64 bytes per entry. */
    public long usedBytes() {
        return eviction.weightedSize().orElse(0) << UNIT_SHIFT;
    }

    public long limitBytes() {
        return eviction.getMaximum() << UNIT_SHIFT;
    }

    public void setLimitBytes(long bytes) {
        eviction.setMaximum(units(bytes));
    }

    public long size() {
        return values.estimatedSize();
    }
}
