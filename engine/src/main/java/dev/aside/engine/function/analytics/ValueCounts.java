package dev.aside.engine.function.analytics;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Exact distinct count and most frequent values of one column, by the cheapest exact method for
 * its data: a counting array when the values are small integers in a narrow range (dictionary
 * codes, dates, quantities), a primitive hash map of the value bits otherwise, and a sort of a copy
 * once the hash map would grow beyond {@link #MAX_HASHED} entries (nearly unique doubles), where a
 * sort is cheaper and smaller than the map.
 */
final class ValueCounts {

    /** A counting array up to this size (64 MiB of ints) beats hashing. */
    static final long MAX_COUNTING_RANGE = 1 << 24;
    /** Beyond this many distinct values, sorting a copy is cheaper than the hash map. */
    private static final int MAX_HASHED = 1 << 22;
    /** Most frequent values shown. */
    static final int TOP = 5;

    final long distinct;
    final String top;

    private ValueCounts(long distinct, String top) {
        this.distinct = distinct;
        this.top = top;
    }

    /** {@code values[0..n)} are non-missing longs between {@code min} and {@code max}. */
    static ValueCounts ofLongs(long[] values, int n, long min, long max, LongFunction<String> label) {
        if (n == 0) {
            return new ValueCounts(0, "");
        }
        if (max - min >= 0 && max - min < MAX_COUNTING_RANGE) { // a negative difference overflowed
            int[] counts = new int[(int) (max - min + 1)];
            for (int i = 0; i < n; i++) {
                counts[(int) (values[i] - min)]++;
            }
            long distinct = Arrays.stream(counts).filter(c -> c > 0).count();
            return new ValueCounts(distinct, top(counts.length, slot -> counts[slot], slot -> label.apply(slot + min)));
        }
        Long2IntOpenHashMap counts = new Long2IntOpenHashMap();
        for (int i = 0; i < n; i++) {
            counts.addTo(values[i], 1);
            if (counts.size() > MAX_HASHED) {
                return bySorting(Arrays.copyOf(values, n), label);
            }
        }
        long[] keys = counts.keySet().toLongArray();
        return new ValueCounts(keys.length, top(keys.length, slot -> counts.get(keys[slot]), slot -> label.apply(keys[slot])));
    }

    private static ValueCounts bySorting(long[] values, LongFunction<String> label) {
        Arrays.parallelSort(values);
        List<long[]> runs = new ArrayList<>();
        long distinct = 0;
        PriorityQueue<long[]> best = new PriorityQueue<>(Comparator.comparingLong((long[] run) -> run[1]));
        for (int i = 0; i < values.length; ) {
            int j = i;
            while (j < values.length && values[j] == values[i]) {
                j++;
            }
            distinct++;
            best.add(new long[] {values[i], j - i});
            if (best.size() > TOP) {
                best.poll();
            }
            i = j;
        }
        runs.addAll(best);
        runs.sort(Comparator.comparingLong((long[] run) -> -run[1]));
        return new ValueCounts(distinct, runs.stream().map(run -> label.apply(run[0]) + " (" + run[1] + ")")
                .collect(Collectors.joining(", ")));
    }

    /** The {@link #TOP} slots with the highest counts, as {@code "value (count), ..."}. */
    static String top(int slots, IntUnaryOperator count, IntFunction<String> label) {
        PriorityQueue<int[]> best = new PriorityQueue<>(Comparator.comparingInt((int[] e) -> e[1]));
        for (int slot = 0; slot < slots; slot++) {
            int c = count.applyAsInt(slot);
            if (c > 0 && (best.size() < TOP || c > best.peek()[1])) {
                best.add(new int[] {slot, c});
                if (best.size() > TOP) {
                    best.poll();
                }
            }
        }
        List<int[]> ordered = new ArrayList<>(best);
        ordered.sort(Comparator.comparingInt((int[] e) -> -e[1]));
        return ordered.stream().map(e -> label.apply(e[0]) + " (" + e[1] + ")").collect(Collectors.joining(", "));
    }
}
