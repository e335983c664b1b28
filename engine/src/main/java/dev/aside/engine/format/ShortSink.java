package dev.aside.engine.format;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.ShortColumnType;

/** INT32 annotated as a signed 8- or 16-bit integer (pandas' int8/int16) into a {@link ShortColumn}. */
final class ShortSink extends ColumnSink {

    private static final short MISSING = ShortColumnType.missingValueIndicator();

    private final short[] values;

    ShortSink(ColumnDescriptor column, int rows) {
        super(column);
        this.values = new short[rows];
    }

    @Override
    PageDecoder chunkDecoder(Dictionary dictionary) {
        return (levels, maxLevel, in, dictionaryIds, row, count) -> {
            for (int i = 0; i < count; i++) {
                values[row + i] = levels[i] == maxLevel ? (short) in.readInteger() : MISSING;
            }
        };
    }

    @Override
    Column<?> toColumn() {
        return ShortColumn.create(name, values);
    }
}
