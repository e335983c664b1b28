package dev.aside.engine.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Policy;
import com.github.benmanes.caffeine.cache.RemovalCause;
import dev.aside.engine.ItemKey;
import dev.aside.engine.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
    private final BiConsumer<ItemKey, Long> onEvicted;

    /**
     * @param limitBytes the bound on the sum of estimated heap bytes
     * @param onEvicted called with the key and the value's estimated bytes when an item leaves to
     *     make room (not when it is removed by {@link #remove})
     */
    public MemoryTier(long limitBytes, BiConsumer<ItemKey, Long> onEvicted) {
        this.onEvicted = onEvicted;
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

    /**
     * The value, or null when not held, without counting an access: looking at an item must not
     * change which items the policy keeps.
     */
    public Value peek(ItemKey key) {
        Held held = values.policy().getIfPresentQuietly(key);
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

    /**
     * Changes the bound. Shrinking evicts only as much as the new bound requires, and reports each
     * eviction to the callback: the smallest single item that frees enough when there is one, else
     * the largest, repeated. Caffeine's own shrink would compare frequencies and could evict many
     * small items before the one large item that has to go anyway.
     *
     * @return the keys evicted, in eviction order; empty when everything fits
     */
    public synchronized List<ItemKey> setLimitBytes(long bytes) {
        long limit = units(bytes);
        long excess = eviction.weightedSize().orElse(0) - limit;
        List<ItemKey> evicted = new ArrayList<>();
        // coldest first, so among items of equal weight the policy's least valuable goes first
        List<Map.Entry<ItemKey, Held>> candidates = new ArrayList<>(eviction.coldest(Integer.MAX_VALUE).entrySet());
        candidates.sort(Comparator.comparingLong((Map.Entry<ItemKey, Held> e) -> e.getValue().heapBytes()).reversed());
        while (excess > 0 && !candidates.isEmpty()) {
            Map.Entry<ItemKey, Held> victim = smallestCovering(candidates, excess);
            candidates.remove(victim);
            if (values.asMap().remove(victim.getKey(), victim.getValue())) {
                excess -= weigh(victim.getKey(), victim.getValue());
                evicted.add(victim.getKey());
                onEvicted.accept(victim.getKey(), victim.getValue().heapBytes());
            }
        }
        eviction.setMaximum(limit);
        return evicted;
    }

    /**
     * In a list sorted largest first (coldest first among equals): the lightest entry weighing at
     * least {@code units}, the coldest of those; else the first, the largest.
     */
    private static Map.Entry<ItemKey, Held> smallestCovering(List<Map.Entry<ItemKey, Held>> largestFirst, long units) {
        Map.Entry<ItemKey, Held> chosen = largestFirst.get(0);
        for (Map.Entry<ItemKey, Held> entry : largestFirst) {
            long weight = weigh(entry.getKey(), entry.getValue());
            if (weight < units) {
                break;
            }
            if (weight < weigh(chosen.getKey(), chosen.getValue())) {
                chosen = entry;
            }
        }
        return chosen;
    }

    public long size() {
        return values.estimatedSize();
    }
}
