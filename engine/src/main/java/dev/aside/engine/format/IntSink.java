package dev.aside.engine.format;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.IntColumnType;

/**
 * INT32 (plain, signed 32-bit, unsigned 8- and 16-bit, and pyarrow's null-typed columns, which are INT32 with
 * every value null) into an {@link IntColumn}.
 */
final class IntSink extends ColumnSink {

    private static final int MISSING = IntColumnType.missingValueIndicator();

    private final int[] values;

    IntSink(ColumnDescriptor column, int rows) {
        super(column);
        this.values = new int[rows];
    }

    @Override
    PageDecoder chunkDecoder(Dictionary dictionary) {
        return (levels, maxLevel, in, dictionaryIds, row, count) -> {
            for (int i = 0; i < count; i++) {
                values[row + i] = levels[i] == maxLevel ? in.readInteger() : MISSING;
            }
        };
    }

    @Override
    Column<?> toColumn() {
        return IntColumn.create(name, values);
    }
}
