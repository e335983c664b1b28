package dev.aside.engine.format;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.LongColumnType;

/** INT64, and unsigned INT32 (which does not fit an int), into a {@link LongColumn}. */
final class LongSink extends ColumnSink {

    private static final long MISSING = LongColumnType.missingValueIndicator();

    private final long[] values;
    private final boolean unsignedInt32;

    LongSink(ColumnDescriptor column, int rows, boolean unsignedInt32) {
        super(column);
        this.values = new long[rows];
        this.unsignedInt32 = unsignedInt32;
    }

    @Override
    PageDecoder chunkDecoder(Dictionary dictionary) {
        return (levels, maxLevel, in, dictionaryIds, row, count) -> {
            for (int i = 0; i < count; i++) {
                if (levels[i] != maxLevel) {
                    values[row + i] = MISSING;
                } else {
                    values[row + i] = unsignedInt32 ? Integer.toUnsignedLong(in.readInteger()) : in.readLong();
                }
            }
        };
    }

    @Override
    Column<?> toColumn() {
        return LongColumn.create(name, values);
    }
}
