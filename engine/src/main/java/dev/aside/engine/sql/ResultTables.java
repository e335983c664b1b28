package dev.aside.engine.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;

/**
 * Reads a DuckDB result into a Tablesaw table, for results a function returns or caches. Each SQL
 * type gets the column of the same width; DuckDB's 128-bit integers (what {@code sum} of a BIGINT
 * gives) become longs, since Tablesaw has nothing wider and a sum past 2^63 is not a real case
 * for cached data; DECIMAL becomes double; anything else is text.
 */
final class ResultTables {

    private ResultTables() {}

    /** The next {@code maxRows} rows at most (none when the result is exhausted), as a table. */
    static Table read(ResultSet rs, String name, int maxRows) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<Column<?>> columns = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            columns.add(column(meta.getColumnLabel(c), meta.getColumnType(c), meta.getColumnTypeName(c)));
        }
        for (int row = 0; row < maxRows && rs.next(); row++) {
            for (int c = 0; c < columns.size(); c++) {
                append(columns.get(c), rs, c + 1);
            }
        }
        return Table.create(name, columns);
    }

    private static Column<?> column(String label, int sqlType, String typeName) {
        String type = typeName.toUpperCase(Locale.ROOT);
        return switch (sqlType) {
            case Types.BOOLEAN, Types.BIT -> BooleanColumn.create(label);
            case Types.TINYINT, Types.SMALLINT -> ShortColumn.create(label);
            case Types.INTEGER -> IntColumn.create(label);
            case Types.BIGINT -> LongColumn.create(label);
            case Types.REAL, Types.FLOAT -> FloatColumn.create(label);
            case Types.DOUBLE, Types.DECIMAL, Types.NUMERIC -> DoubleColumn.create(label);
            case Types.DATE -> DateColumn.create(label);
            case Types.TIME -> TimeColumn.create(label);
            case Types.TIMESTAMP -> DateTimeColumn.create(label);
            case Types.TIMESTAMP_WITH_TIMEZONE -> InstantColumn.create(label);
            default -> type.equals("HUGEINT") || type.equals("UBIGINT") || type.startsWith("UINTEGER")
                    ? LongColumn.create(label) : StringColumn.create(label);
        };
    }

    private static void append(Column<?> column, ResultSet rs, int index) throws SQLException {
        Object value = rs.getObject(index);
        if (value == null) {
            column.appendMissing();
            return;
        }
        if (column instanceof BooleanColumn b) {
            b.append((Boolean) value);
        } else if (column instanceof ShortColumn s) {
            s.append(((Number) value).shortValue());
        } else if (column instanceof IntColumn i) {
            i.append(((Number) value).intValue());
        } else if (column instanceof LongColumn l) {
            l.append(longOf(value));
        } else if (column instanceof FloatColumn f) {
            f.append(((Number) value).floatValue());
        } else if (column instanceof DoubleColumn d) {
            d.append(((Number) value).doubleValue());
        } else if (column instanceof DateColumn d) {
            d.append(rs.getObject(index, LocalDate.class));
        } else if (column instanceof TimeColumn t) {
            t.append(rs.getObject(index, LocalTime.class));
        } else if (column instanceof DateTimeColumn t) {
            t.append(rs.getObject(index, LocalDateTime.class));
        } else if (column instanceof InstantColumn t) {
            t.append(rs.getObject(index, OffsetDateTime.class).toInstant());
        } else {
            ((StringColumn) column).append(value.toString());
        }
    }

    private static long longOf(Object value) {
        if (value instanceof BigInteger big) {
            return big.longValueExact();
        }
        if (value instanceof BigDecimal big) {
            return big.longValueExact();
        }
        return ((Number) value).longValue();
    }
}
