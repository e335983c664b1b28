package dev.aside.engine.format;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.columns.Column;

/** FLOAT into a {@link FloatColumn}; a null is NaN, Tablesaw's missing float. */
final class FloatSink extends ColumnSink {

    private final float[] values;

    FloatSink(ColumnDescriptor column, int rows) {
        super(column);
        this.values = new float[rows];
    }

    @Override
    PageDecoder chunkDecoder(Dictionary dictionary) {
        return (levels, maxLevel, in, dictionaryIds, row, count) -> {
            for (int i = 0; i < count; i++) {
                values[row + i] = levels[i] == maxLevel ? in.readFloat() : Float.NaN;
            }
        };
    }

    @Override
    Column<?> toColumn() {
        return FloatColumn.create(name, values);
    }
}
