package dev.aside.engine.format;

import dev.aside.engine.UnsupportedFormatException;
import java.util.concurrent.TimeUnit;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.EnumLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.JsonLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.StringLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/** Maps a Parquet column's physical and logical type to the sink that decodes it. */
final class ColumnSinks {

    private ColumnSinks() {
    }

    /**
     * A sink for top-level {@code field} of {@code schema}, sized for {@code rows}; an
     * {@link UnsupportedFormatException} for nested columns and types Tablesaw cannot hold.
     */
    static ColumnSink forField(MessageType schema, Type field, int rows, String fileName) {
        if (!field.isPrimitive() || field.isRepetition(Type.Repetition.REPEATED)) {
            throw new UnsupportedFormatException("'" + fileName + "' has a nested column '" + field.getName()
                    + "' (a list, map or struct). Aside reads flat tables only: flatten or drop the column"
                    + " where the file is written, then update the item.");
        }
        ColumnDescriptor column = schema.getColumnDescription(new String[] {field.getName()});
        PrimitiveType type = field.asPrimitiveType();
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        switch (type.getPrimitiveTypeName()) {
            case BOOLEAN:
                return new BooleanSink(column, rows);
            case FLOAT:
                return new FloatSink(column, rows);
            case DOUBLE:
                return new DoubleSink(column, rows);
            case INT32:
                if (logical instanceof DateLogicalTypeAnnotation) {
                    return new DateSink(column, rows);
                }
                if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
                    return new DecimalSink(column, rows, decimal.getScale());
                }
                if (logical instanceof IntLogicalTypeAnnotation integer) {
                    if (!integer.isSigned()) {
                        return integer.getBitWidth() == 32 ? new LongSink(column, rows, true) : new IntSink(column, rows);
                    }
                    if (integer.getBitWidth() <= 16) {
                        return new ShortSink(column, rows);
                    }
                }
                if (logical == null || logical instanceof IntLogicalTypeAnnotation) {
                    return new IntSink(column, rows);
                }
                break;
            case INT64:
                if (logical instanceof TimestampLogicalTypeAnnotation timestamp) {
                    return new TimestampSink(column, rows, timeUnit(timestamp), timestamp.isAdjustedToUTC());
                }
                if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
                    return new DecimalSink(column, rows, decimal.getScale());
                }
                if (logical == null || logical instanceof IntLogicalTypeAnnotation integer && integer.isSigned()) {
                    return new LongSink(column, rows, false);
                }
                break;
            case INT96:
                return new TimestampSink(column, rows, null, false);
            case BINARY:
            case FIXED_LEN_BYTE_ARRAY:
                if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
                    return new DecimalSink(column, rows, decimal.getScale());
                }
                if (logical instanceof StringLogicalTypeAnnotation || logical instanceof EnumLogicalTypeAnnotation
                        || logical instanceof JsonLogicalTypeAnnotation) {
                    return new StringSink(column, rows);
                }
                break;
            default:
                break;
        }
        throw new UnsupportedFormatException("'" + fileName + "' has column '" + field.getName() + "' of type "
                + type.getPrimitiveTypeName() + (logical == null ? "" : " " + logical)
                + ", which Aside cannot hold in a table. Supported: booleans, integers, floating point,"
                + " decimals, strings, dates and timestamps; cast or drop the column where the file is written.");
    }

    private static TimeUnit timeUnit(TimestampLogicalTypeAnnotation timestamp) {
        return switch (timestamp.getUnit()) {
            case MILLIS -> TimeUnit.MILLISECONDS;
            case MICROS -> TimeUnit.MICROSECONDS;
            case NANOS -> TimeUnit.NANOSECONDS;
        };
    }
}
