package dev.aside.engine.format;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.Column;

/** DOUBLE into a {@link DoubleColumn}; a null is NaN, Tablesaw's missing double. */
final class DoubleSink extends ColumnSink {

    private final double[] values;

    DoubleSink(ColumnDescriptor column, int rows) {
        super(column);
        this.values = new double[rows];
    }

    @Override
    PageDecoder chunkDecoder(Dictionary dictionary) {
        return (levels, maxLevel, in, dictionaryIds, row, count) -> {
            for (int i = 0; i < count; i++) {
                values[row + i] = levels[i] == maxLevel ? in.readDouble() : Double.NaN;
            }
        };
    }

    @Override
    Column<?> toColumn() {
        return DoubleColumn.create(name, values);
    }
}
