package dev.aside.engine.format;

import dev.aside.engine.UnsupportedFormatException;
import java.time.ZoneOffset;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
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
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.TextColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.booleans.BooleanColumnType;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.columns.datetimes.PackedLocalDateTime;
import tech.tablesaw.columns.instant.PackedInstant;

/**
 * The Parquet type each Tablesaw column type is written as, and how its raw values are read. Every
 * column is OPTIONAL, a Tablesaw missing value being a Parquet null. The mapping is the inverse of
 * {@link ColumnSinks}, so every type written reads back as the same Tablesaw column type.
 */
final class ColumnEncoders {

    private ColumnEncoders() {
    }

    static ColumnEncoder of(Column<?> column) {
        String name = column.name();
        // equals, not ==: Tablesaw's class initialisation can leave a column type that is not ColumnType's constant
        ColumnType type = column.type();
        if (ColumnType.STRING.equals(type)) {
            return new StringEncoder(string(name), (StringColumn) column);
        }
        if (ColumnType.TEXT.equals(type)) {
            return new StringEncoder(string(name), ((TextColumn) column).asStringColumn());
        }
        // Each type below has its own copy loop on purpose: one shared loop calling a per-row
        // accessor would make that call megamorphic, a virtual call per cell.
        if (ColumnType.INTEGER.equals(type)) {
            IntColumn ints = (IntColumn) column;
            return new NumberEncoder(Types.optional(PrimitiveTypeName.INT32).named(name), Integer.MIN_VALUE,
                    (first, into) -> {
                        for (int i = 0; i < into.length; i++) {
                            into[i] = ints.getInt(first + i);
                        }
                    }, raw -> raw);
        }
        if (ColumnType.SHORT.equals(type)) {
            ShortColumn shorts = (ShortColumn) column;
            return new NumberEncoder(Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.intType(16, true))
                    .named(name), Short.MIN_VALUE, (first, into) -> {
                        for (int i = 0; i < into.length; i++) {
                            into[i] = shorts.getShort(first + i);
                        }
                    }, raw -> raw);
        }
        if (ColumnType.LONG.equals(type)) {
            LongColumn longs = (LongColumn) column;
            return new NumberEncoder(Types.optional(PrimitiveTypeName.INT64).named(name), Long.MIN_VALUE,
                    (first, into) -> {
                        for (int i = 0; i < into.length; i++) {
                            into[i] = longs.getLong(first + i);
                        }
                    }, raw -> raw);
        }
        if (ColumnType.FLOAT.equals(type)) {
            // floatToIntBits folds every NaN, Tablesaw's missing value, into one bit pattern.
            FloatColumn floats = (FloatColumn) column;
            return new NumberEncoder(Types.optional(PrimitiveTypeName.FLOAT).named(name), Float.floatToIntBits(Float.NaN),
                    (first, into) -> {
                        for (int i = 0; i < into.length; i++) {
                            into[i] = Float.floatToIntBits(floats.getFloat(first + i));
                        }
                    }, raw -> raw);
        }
        if (ColumnType.DOUBLE.equals(type)) {
            DoubleColumn doubles = (DoubleColumn) column;
            return new NumberEncoder(Types.optional(PrimitiveTypeName.DOUBLE).named(name),
                    Double.doubleToLongBits(Double.NaN), (first, into) -> {
                        for (int i = 0; i < into.length; i++) {
                            into[i] = Double.doubleToLongBits(doubles.getDouble(first + i));
                        }
                    }, raw -> raw);
        }
        if (ColumnType.BOOLEAN.equals(type)) {
            BooleanColumn booleans = (BooleanColumn) column;
            return new NumberEncoder(Types.optional(PrimitiveTypeName.BOOLEAN).named(name),
                    BooleanColumnType.MISSING_VALUE, (first, into) -> {
                        for (int i = 0; i < into.length; i++) {
                            into[i] = booleans.getByte(first + i);
                        }
                    }, raw -> raw == BooleanColumnType.BYTE_TRUE ? 1 : 0);
        }
        if (ColumnType.LOCAL_DATE.equals(type)) {
            DateColumn dates = (DateColumn) column;
            return new NumberEncoder(Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType())
                    .named(name), Integer.MIN_VALUE, (first, into) -> {
                        for (int i = 0; i < into.length; i++) {
                            into[i] = dates.getIntInternal(first + i);
                        }
                    }, raw -> PackedLocalDate.toEpochDay((int) raw));
        }
        if (ColumnType.LOCAL_DATE_TIME.equals(type)) {
            DateTimeColumn dateTimes = (DateTimeColumn) column;
            return new NumberEncoder(timestamp(name, false), Long.MIN_VALUE, (first, into) -> {
                for (int i = 0; i < into.length; i++) {
                    into[i] = dateTimes.getLongInternal(first + i);
                }
            }, raw -> PackedLocalDateTime.asLocalDateTime(raw).toInstant(ZoneOffset.UTC).toEpochMilli());
        }
        if (ColumnType.INSTANT.equals(type)) {
            InstantColumn instants = (InstantColumn) column;
            return new NumberEncoder(timestamp(name, true), Long.MIN_VALUE, (first, into) -> {
                for (int i = 0; i < into.length; i++) {
                    into[i] = instants.getLongInternal(first + i);
                }
            }, raw -> PackedInstant.asInstant(raw).toEpochMilli());
        }
        throw new UnsupportedFormatException("Column '" + name + "' is of type " + type.name()
                + ", which Aside cannot write to Parquet. Supported: string, integer, short, long, float, double,"
                + " boolean, date, date-time and instant columns.");
    }

    private static PrimitiveType string(String name) {
        return Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
    }

    /** Tablesaw keeps milliseconds, so that is the unit written. */
    private static PrimitiveType timestamp(String name, boolean utc) {
        return Types.optional(PrimitiveTypeName.INT64)
                .as(LogicalTypeAnnotation.timestampType(utc, LogicalTypeAnnotation.TimeUnit.MILLIS)).named(name);
    }
}
