package dev.aside.engine.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.Column;

/**
 * DECIMAL (on INT32, INT64 or bytes) into a {@link DoubleColumn}: Tablesaw has no decimal column, and
 * a double keeps 15-17 significant digits, enough for prices and amounts.
 */
final class DecimalSink extends ColumnSink {

    private final double[] values;
    private final int scale;
    private final double divisor;

    DecimalSink(ColumnDescriptor column, int rows, int scale) {
        super(column);
        this.values = new double[rows];
        this.scale = scale;
        this.divisor = Math.pow(10, scale);
    }

    @Override
    PageDecoder chunkDecoder(Dictionary dictionary) {
        PrimitiveTypeName type = column.getPrimitiveType().getPrimitiveTypeName();
        return (levels, maxLevel, in, dictionaryIds, row, count) -> {
            for (int i = 0; i < count; i++) {
                if (levels[i] != maxLevel) {
                    values[row + i] = Double.NaN;
                } else if (type == PrimitiveTypeName.INT32) {
                    values[row + i] = in.readInteger() / divisor;
                } else if (type == PrimitiveTypeName.INT64) {
                    values[row + i] = in.readLong() / divisor;
                } else {
                    values[row + i] = new BigDecimal(new BigInteger(in.readBytes().getBytes()), scale).doubleValue();
                }
            }
        };
    }

    @Override
    Column<?> toColumn() {
        return DoubleColumn.create(name, values);
    }
}
