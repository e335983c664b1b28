package dev.aside.engine.format;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.booleans.BooleanColumnType;

/** BOOLEAN into a {@link BooleanColumn}, held as Tablesaw's own byte codes while decoding. */
final class BooleanSink extends ColumnSink {

    private final byte[] values;

    BooleanSink(ColumnDescriptor column, int rows) {
        super(column);
        this.values = new byte[rows];
    }

    @Override
    PageDecoder chunkDecoder(Dictionary dictionary) {
        return (levels, maxLevel, in, dictionaryIds, row, count) -> {
            for (int i = 0; i < count; i++) {
                if (levels[i] != maxLevel) {
                    values[row + i] = BooleanColumnType.MISSING_VALUE;
                } else {
                    values[row + i] = in.readBoolean() ? BooleanColumnType.BYTE_TRUE : BooleanColumnType.BYTE_FALSE;
                }
            }
        };
    }

    @Override
    Column<?> toColumn() {
        // Tablesaw has no bulk factory from bytes; booleans are rare and cheap enough to append.
        BooleanColumn column = BooleanColumn.create(name, values.length);
        column.clear();
        for (byte value : values) {
            column.append(value);
        }
        return column;
    }
}
