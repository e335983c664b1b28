package dev.aside.engine.format;

import dev.aside.engine.UnsupportedFormatException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.columns.datetimes.PackedLocalDateTime;
import tech.tablesaw.columns.instant.PackedInstant;

/**
 * Hands the rows of a Tablesaw table to parquet-java; a record is a row index. Every column is
 * OPTIONAL, and a Tablesaw missing value is a Parquet null. The type mapping is the inverse of
 * {@link ColumnSinks}, so every type written reads back as the same Tablesaw column type.
 */
final class TableWriteSupport extends WriteSupport<Integer> {

    /** Writes one non-missing cell of a column. */
    private interface CellWriter {
        void write(RecordConsumer out, int row);
    }

    private record Field(Column<?> column, Type type, CellWriter writer) {
    }

    private final List<Field> fields = new ArrayList<>();
    private final MessageType schema;
    private RecordConsumer out;

    TableWriteSupport(Table table) {
        for (Column<?> column : table.columns()) {
            fields.add(field(column));
        }
        schema = new MessageType("table", fields.stream().map(Field::type).toList());
    }

    private static Field field(Column<?> column) {
        String name = column.name();
        // equals, not ==: Tablesaw's class initialisation can leave a column type that is not ColumnType's constant
        ColumnType type = column.type();
        if (ColumnType.STRING.equals(type) || ColumnType.TEXT.equals(type)) {
            return new Field(column, Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                    .named(name), (out, row) -> out.addBinary(Binary.fromString(column.getString(row))));
        }
        if (ColumnType.INTEGER.equals(type)) {
            IntColumn ints = (IntColumn) column;
            return new Field(column, Types.optional(PrimitiveTypeName.INT32).named(name),
                    (out, row) -> out.addInteger(ints.getInt(row)));
        }
        if (ColumnType.SHORT.equals(type)) {
            ShortColumn shorts = (ShortColumn) column;
            return new Field(column, Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.intType(16, true))
                    .named(name), (out, row) -> out.addInteger(shorts.getShort(row)));
        }
        if (ColumnType.LONG.equals(type)) {
            LongColumn longs = (LongColumn) column;
            return new Field(column, Types.optional(PrimitiveTypeName.INT64).named(name),
                    (out, row) -> out.addLong(longs.getLong(row)));
        }
        if (ColumnType.FLOAT.equals(type)) {
            FloatColumn floats = (FloatColumn) column;
            return new Field(column, Types.optional(PrimitiveTypeName.FLOAT).named(name),
                    (out, row) -> out.addFloat(floats.getFloat(row)));
        }
        if (ColumnType.DOUBLE.equals(type)) {
            DoubleColumn doubles = (DoubleColumn) column;
            return new Field(column, Types.optional(PrimitiveTypeName.DOUBLE).named(name),
                    (out, row) -> out.addDouble(doubles.getDouble(row)));
        }
        if (ColumnType.BOOLEAN.equals(type)) {
            BooleanColumn booleans = (BooleanColumn) column;
            return new Field(column, Types.optional(PrimitiveTypeName.BOOLEAN).named(name),
                    (out, row) -> out.addBoolean(booleans.get(row)));
        }
        if (ColumnType.LOCAL_DATE.equals(type)) {
            DateColumn dates = (DateColumn) column;
            return new Field(column, Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType())
                    .named(name), (out, row) -> out.addInteger((int) PackedLocalDate.toEpochDay(dates.getIntInternal(row))));
        }
        if (ColumnType.LOCAL_DATE_TIME.equals(type)) {
            DateTimeColumn dateTimes = (DateTimeColumn) column;
            return new Field(column, timestamp(name, false), (out, row) -> out.addLong(
                    PackedLocalDateTime.asLocalDateTime(dateTimes.getLongInternal(row)).toInstant(ZoneOffset.UTC).toEpochMilli()));
        }
        if (ColumnType.INSTANT.equals(type)) {
            InstantColumn instants = (InstantColumn) column;
            return new Field(column, timestamp(name, true),
                    (out, row) -> out.addLong(PackedInstant.asInstant(instants.getLongInternal(row)).toEpochMilli()));
        }
        throw new UnsupportedFormatException("Column '" + name + "' is of type " + type.name()
                + ", which Aside cannot write to Parquet. Supported: string, integer, short, long, float, double,"
                + " boolean, date, date-time and instant columns.");
    }

    /** Tablesaw keeps milliseconds, so that is the unit written. */
    private static Type timestamp(String name, boolean utc) {
        return Types.optional(PrimitiveTypeName.INT64)
                .as(LogicalTypeAnnotation.timestampType(utc, LogicalTypeAnnotation.TimeUnit.MILLIS)).named(name);
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(schema, Map.of());
    }

    /** Required by the superclass; parquet-java calls the overload above for our builder. */
    @Override
    @SuppressWarnings("deprecation")
    public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
        return new WriteContext(schema, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.out = recordConsumer;
    }

    @Override
    public void write(Integer row) {
        int r = row;
        out.startMessage();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            if (!field.column().isMissing(r)) {
                out.startField(field.type().getName(), i);
                field.writer().write(out, r);
                out.endField(field.type().getName(), i);
            }
        }
        out.endMessage();
    }
}
