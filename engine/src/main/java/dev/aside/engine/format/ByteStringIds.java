package dev.aside.engine.format;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Numbers distinct byte strings 0, 1, 2... in order of first appearance, without making a
 * {@link String} per lookup. Plain-encoded Parquet strings (DuckDB writes high-cardinality columns
 * that way) would otherwise cost a String, a UTF-8 decode and a hash-map probe through three
 * scattered objects per row; here the bytes of each distinct value sit in one array, and hashes are
 * stored, so a repeated value costs one hash over its bytes and a compare.
 *
 * <p>Not thread-safe: one instance per column and decoding thread.
 */
final class ByteStringIds {

    private static final int INITIAL_SLOTS = 1024;

    /** Open addressing: id + 1 per slot, 0 for empty; kept at most half full. */
    private int[] slots = new int[INITIAL_SLOTS];
    private int[] hashes = new int[INITIAL_SLOTS / 2];
    /** Value {@code id} is {@code bytes[starts[id], starts[id + 1])}. */
    private int[] starts = new int[INITIAL_SLOTS / 2 + 1];
    private byte[] bytes = new byte[INITIAL_SLOTS * 8];
    private int size;

    /** The id of {@code value}'s remaining bytes, a new one if unseen; {@code value} is not changed. */
    int idOf(ByteBuffer value) {
        if (!value.hasArray()) {
            return idOf(ByteBuffer.wrap(copy(value)));
        }
        return idOf(value.array(), value.arrayOffset() + value.position(), value.remaining());
    }

    /** The id of {@code array[offset, offset + length)}, a new one if unseen; the array is not changed. */
    int idOf(byte[] array, int offset, int length) {
        int hash = 1;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + array[i];
        }
        int mask = slots.length - 1;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int id = slots[slot] - 1;
            if (id < 0) {
                return add(slot, hash, array, offset, length);
            }
            if (hashes[id] == hash && Arrays.equals(bytes, starts[id], starts[id + 1], array, offset, offset + length)) {
                return id;
            }
        }
    }

    int size() {
        return size;
    }

    String string(int id) {
        return new String(bytes, starts[id], starts[id + 1] - starts[id], StandardCharsets.UTF_8);
    }

    private int add(int slot, int hash, byte[] array, int offset, int length) {
        int id = size++;
        if (id == hashes.length) {
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
        }
        if (id + 1 == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        int end = starts[id] + length;
        if (end > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(end, bytes.length * 2));
        }
        System.arraycopy(array, offset, bytes, starts[id], length);
        starts[id + 1] = end;
        hashes[id] = hash;
        slots[slot] = id + 1;
        if (size * 2 > slots.length) {
            grow();
        }
        return id;
    }

    private void grow() {
        int[] grown = new int[slots.length * 2];
        int mask = grown.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = mix(hashes[id]) & mask;
            while (grown[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            grown[slot] = id + 1;
        }
        slots = grown;
    }

    private static byte[] copy(ByteBuffer direct) {
        byte[] copy = new byte[direct.remaining()];
        direct.duplicate().get(copy);
        return copy;
    }

    /** Spreads Java-style string hashes, whose low bits cluster, over the table. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
