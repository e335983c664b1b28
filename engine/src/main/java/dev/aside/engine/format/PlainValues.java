package dev.aside.engine.format;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * The fixed-width Parquet types the writer emits, each value carried as a {@code long} (floats and
 * doubles as their bits, booleans as 0 or 1) so one encoder serves them all: how a value is
 * PLAIN-encoded, ordered for statistics, and recorded in them.
 */
enum PlainValues {
    BOOLEAN, INT32, INT64, FLOAT, DOUBLE;

    static PlainValues of(PrimitiveTypeName type) {
        return switch (type) {
            case BOOLEAN -> BOOLEAN;
            case INT32 -> INT32;
            case INT64 -> INT64;
            case FLOAT -> FLOAT;
            case DOUBLE -> DOUBLE;
            default -> throw new IllegalArgumentException("not a fixed-width number: " + type);
        };
    }

    /** Bytes per value in PLAIN encoding; booleans are bit-packed and round up to whole bytes. */
    int plainBytes(int count) {
        return switch (this) {
            case BOOLEAN -> (count + 7) / 8;
            case INT32, FLOAT -> 4 * count;
            case INT64, DOUBLE -> 8 * count;
        };
    }

    /**
     * PLAIN encoding of {@code values[i]} for each {@code i} in {@code [from, to)} that is not null
     * ({@code ids[i] >= 0}); {@code count} is how many those are.
     */
    byte[] plain(long[] values, int[] ids, int from, int to, int count) {
        byte[] bytes = new byte[plainBytes(count)];
        if (this == BOOLEAN) {
            int bit = 0;
            for (int i = from; i < to; i++) {
                if (ids[i] >= 0) {
                    bytes[bit >>> 3] |= (byte) ((values[i] & 1) << (bit & 7));
                    bit++;
                }
            }
            return bytes;
        }
        ByteBuffer out = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = from; i < to; i++) {
            if (ids[i] >= 0) {
                if (this == INT32 || this == FLOAT) {
                    out.putInt((int) values[i]);
                } else {
                    out.putLong(values[i]);
                }
            }
        }
        return bytes;
    }

    /** The order Parquet's statistics use: signed integers, numeric floating point. */
    int compare(long a, long b) {
        return switch (this) {
            case FLOAT -> Float.compare(Float.intBitsToFloat((int) a), Float.intBitsToFloat((int) b));
            case DOUBLE -> Double.compare(Double.longBitsToDouble(a), Double.longBitsToDouble(b));
            default -> Long.compare(a, b);
        };
    }

    void addTo(Statistics<?> statistics, long value) {
        switch (this) {
            case BOOLEAN -> statistics.updateStats(value != 0);
            case INT32 -> statistics.updateStats((int) value);
            case INT64 -> statistics.updateStats(value);
            case FLOAT -> statistics.updateStats(Float.intBitsToFloat((int) value));
            case DOUBLE -> statistics.updateStats(Double.longBitsToDouble(value));
        }
    }
}
