package dev.aside.engine.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.ByteDictionaryMap;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.ShortDictionaryMap;

/**
 * A {@link StringColumn} as UTF-8 strings. Tablesaw already holds the column as keys into its own
 * dictionary, so a row costs an array lookup: each chunk renumbers the keys it meets into its own
 * dictionary, and a string is encoded to UTF-8 once per distinct value per chunk, never per row and
 * never hashed. A chunk whose distinct values outgrow {@link #DICTIONARY_BYTES} is PLAIN instead.
 * Tablesaw's missing value "" is a null.
 */
final class StringEncoder extends ColumnEncoder {

    private static final int NULL_ID = -1;
    private static final int UNSEEN = -2;

    private final DictionaryMap keys;
    /** Tablesaw numbers keys from its key type's minimum; this is that minimum. */
    private final int firstKey;
    /**
     * Keys in use are below {@code firstKey + keyCount}; Tablesaw's key for the missing value, its
     * key type's maximum, is above them.
     */
    private final int keyCount;

    StringEncoder(PrimitiveType type, StringColumn column) {
        super(type);
        this.keys = column.getDictionary();
        this.firstKey = keys instanceof ByteDictionaryMap ? Byte.MIN_VALUE
                : keys instanceof ShortDictionaryMap ? Short.MIN_VALUE : Integer.MIN_VALUE;
        // Tablesaw's "next key" is the last one it handed out.
        this.keyCount = keys.nextKeyWithoutIncrementing() - firstKey + 1;
    }

    @Override
    EncodedChunk encode(int firstRow, int rows) throws IOException {
        int[] idOfKey = new int[keyCount];
        Arrays.fill(idOfKey, UNSEEN);
        List<byte[]> entries = new ArrayList<>();
        long dictionaryBytes = 0;
        int[] ids = new int[rows];
        for (int i = 0; i < rows; i++) {
            // Tablesaw's key for the missing value lies past the keys in use (or wraps below zero for int keys).
            int key = keys.getKeyForIndex(firstRow + i) - firstKey;
            if (key < 0 || key >= keyCount) {
                ids[i] = NULL_ID;
                continue;
            }
            int id = idOfKey[key];
            if (id == UNSEEN) {
                String value = keys.getValueForKey(key + firstKey);
                if (value.isEmpty()) {
                    id = NULL_ID;
                } else {
                    id = entries.size();
                    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
                    entries.add(utf8);
                    dictionaryBytes += Integer.BYTES + utf8.length;
                }
                idOfKey[key] = id;
            }
            ids[i] = id;
        }
        byte[][] values = entries.toArray(new byte[0][]);
        if (values.length == 0 || dictionaryBytes > DICTIONARY_BYTES) {
            return EncodedChunk.of(type, ids, null, 0, new Plain(values, ids));
        }
        int[] everyId = new int[values.length];
        // Sorting the dictionary for statistics compares mostly these first eight bytes, as one number.
        long[] prefixes = new long[values.length];
        for (int id = 0; id < values.length; id++) {
            everyId[id] = id;
            prefixes[id] = prefix(values[id]);
        }
        return EncodedChunk.of(type, ids, plain(values, everyId, 0, values.length), values.length,
                new DictionaryIds(ids, values.length, (a, b) -> {
                    int order = Long.compareUnsigned(prefixes[a], prefixes[b]);
                    return order != 0 ? order : Arrays.compareUnsigned(values[a], values[b]);
                }, (statistics, id) -> statistics.updateStats(Binary.fromConstantByteArray(values[id]))));
    }

    /** The first eight bytes, big-endian and zero-padded, so unsigned order matches the bytes' order. */
    private static long prefix(byte[] value) {
        long prefix = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            prefix = prefix << 8 | (i < value.length ? value[i] & 0xFF : 0);
        }
        return prefix;
    }

    /** PLAIN strings: each a little-endian length and its bytes; rows with a negative id are skipped. */
    private static byte[] plain(byte[][] values, int[] ids, int from, int to) {
        int size = 0;
        for (int i = from; i < to; i++) {
            size += ids[i] < 0 ? 0 : Integer.BYTES + values[ids[i]].length;
        }
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = from; i < to; i++) {
            if (ids[i] >= 0) {
                out.putInt(values[ids[i]].length).put(values[ids[i]]);
            }
        }
        return out.array();
    }

    private static final class Plain extends EncodedChunk.PlainRows {
        private final byte[][] values;

        Plain(byte[][] values, int[] ids) {
            super(ids);
            this.values = values;
        }

        @Override
        public byte[] encode(int from, int to, int count) {
            return plain(values, ids, from, to);
        }

        @Override
        int compareRows(int a, int b) {
            return Arrays.compareUnsigned(values[ids[a]], values[ids[b]]);
        }

        @Override
        void addRow(Statistics<?> statistics, int row) {
            statistics.updateStats(Binary.fromConstantByteArray(values[ids[row]]));
        }
    }
}
