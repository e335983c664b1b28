package dev.aside.engine.format;

import java.util.Arrays;

/**
 * Numbers the distinct values of one chunk 0, 1, 2... in first-appearance order, up to a limit.
 * One lookup per row is the cost of dictionary-encoding numbers, so this is a plain open-addressing
 * table (Fibonacci hashing, linear probing, half full at most) that finds or adds a value in one
 * probe sequence, rather than a general map's separate get and put.
 */
final class LongDictionary {

    /** What {@link #idOf} answers once the dictionary is full. */
    static final int FULL = -1;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final int limit;
    private long[] keys;
    /** Id plus one per slot; 0 marks an empty slot. */
    private int[] slots;
    private int shift;
    private long[] values = new long[16];
    private int size;

    LongDictionary(int limit) {
        this.limit = limit;
        allocate(10);
    }

    /** {@code value}'s id, adding it if new, or {@link #FULL} if it is new and the limit is reached. */
    int idOf(long value) {
        int mask = slots.length - 1;
        int slot = (int) ((value * GOLDEN) >>> shift);
        while (slots[slot] != 0) {
            if (keys[slot] == value) {
                return slots[slot] - 1;
            }
            slot = (slot + 1) & mask;
        }
        if (size == limit) {
            return FULL;
        }
        int id = size++;
        keys[slot] = value;
        slots[slot] = id + 1;
        if (id == values.length) {
            values = Arrays.copyOf(values, 2 * id);
        }
        values[id] = value;
        if (2 * size > slots.length) {
            rehash();
        }
        return id;
    }

    int size() {
        return size;
    }

    /** The distinct values, indexed by id. */
    long[] values() {
        return Arrays.copyOf(values, size);
    }

    private void rehash() {
        allocate(Integer.numberOfTrailingZeros(slots.length) + 1);
        int mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = (int) ((values[id] * GOLDEN) >>> shift);
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = values[id];
            slots[slot] = id + 1;
        }
    }

    private void allocate(int bits) {
        keys = new long[1 << bits];
        slots = new int[1 << bits];
        shift = 64 - bits;
    }
}
