package dev.aside.engine.format;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.column.values.ValuesReader;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.datetimes.DateTimeColumnType;
import tech.tablesaw.columns.datetimes.PackedLocalDateTime;
import tech.tablesaw.columns.instant.PackedInstant;

/**
 * Timestamps into Tablesaw's packed millisecond values: INT64 in millis, micros or nanos, and legacy
 * INT96 (Spark, Impala). A timestamp adjusted to UTC is a point in time and becomes an
 * {@link InstantColumn}; a local one (pandas' naive datetimes, INT96) a {@link DateTimeColumn}.
 * Tablesaw keeps milliseconds, so finer digits are dropped.
 */
final class TimestampSink extends ColumnSink {

    private static final long MISSING = DateTimeColumnType.missingValueIndicator();
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;
    private static final long SECONDS_PER_DAY = 86_400L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long[] values;
    private final TimeUnit unit;
    private final boolean instant;

    /** {@code unit} is null for INT96. */
    TimestampSink(ColumnDescriptor column, int rows, TimeUnit unit, boolean instant) {
        super(column);
        this.values = new long[rows];
        this.unit = unit;
        this.instant = instant;
    }

    @Override
    PageDecoder chunkDecoder(Dictionary dictionary) {
        return (levels, maxLevel, in, dictionaryIds, row, count) -> {
            for (int i = 0; i < count; i++) {
                values[row + i] = levels[i] == maxLevel ? read(in) : MISSING;
            }
        };
    }

    // Split into seconds and nanos rather than total nanos: those overflow past 2262, and far-future
    // sentinel dates such as 9999-12-31 are common in financial data.
    private long read(ValuesReader in) {
        if (unit == null) {
            ByteBuffer int96 = in.readBytes().toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            long nanosOfDay = int96.getLong();
            long epochDay = int96.getInt() - JULIAN_DAY_OF_EPOCH;
            return pack(epochDay * SECONDS_PER_DAY + nanosOfDay / NANOS_PER_SECOND, nanosOfDay % NANOS_PER_SECOND);
        }
        long value = in.readLong();
        long unitsPerSecond = unit.convert(1, TimeUnit.SECONDS);
        return pack(Math.floorDiv(value, unitsPerSecond), unit.toNanos(Math.floorMod(value, unitsPerSecond)));
    }

    private long pack(long seconds, long nanoOfSecond) {
        return instant
                ? PackedInstant.pack(Instant.ofEpochSecond(seconds, nanoOfSecond))
                : PackedLocalDateTime.pack(LocalDateTime.ofEpochSecond(seconds, (int) nanoOfSecond, ZoneOffset.UTC));
    }

    @Override
    Column<?> toColumn() {
        return instant ? InstantColumn.createInternal(name, values) : DateTimeColumn.createInternal(name, values);
    }
}
