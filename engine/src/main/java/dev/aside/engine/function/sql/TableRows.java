package dev.aside.engine.function.sql;

import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.tools.SimpleResultSet;
import org.h2.tools.SimpleRowSource;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Serves a Tablesaw table to H2 as a Java table function, so SQL reads the cached columns directly
 * instead of a copy in an H2 table. H2 calls table functions through a static method and passes only
 * SQL arguments, so the tables of a running query are published here under a random token and
 * removed when the query ends.
 */
public final class TableRows {

    private static final Map<String, Table> PUBLISHED = new ConcurrentHashMap<>();
    /** The URL H2 uses when it only wants a table function's columns, not its rows. */
    private static final String COLUMN_LIST_URL = "jdbc:columnlist:connection";

    private TableRows() {}

    static void publish(String token, Table table) {
        PUBLISHED.put(token, table);
    }

    static void withdraw(String token) {
        PUBLISHED.remove(token);
    }

    /** The table function H2 calls ({@code CREATE ALIAS ... FOR}); public only for H2's reflection. */
    public static java.sql.ResultSet rows(java.sql.Connection connection, String token) throws SQLException {
        Table table = PUBLISHED.get(token);
        if (table == null) {
            throw new SQLException("The cached table of this query is no longer available.");
        }
        boolean columnsOnly = COLUMN_LIST_URL.equals(connection.getMetaData().getURL());
        SimpleResultSet result = new SimpleResultSet(columnsOnly ? null : new RowSource(table));
        for (Column<?> column : table.columns()) {
            result.addColumn(column.name(), sqlType(column.type()), 0, 0);
        }
        return result;
    }

    private static int sqlType(ColumnType type) {
        return switch (type.name()) {
            case "STRING", "TEXT" -> Types.VARCHAR;
            case "DOUBLE" -> Types.DOUBLE;
            case "FLOAT" -> Types.REAL;
            case "INTEGER" -> Types.INTEGER;
            case "LONG" -> Types.BIGINT;
            case "SHORT" -> Types.SMALLINT;
            case "BOOLEAN" -> Types.BOOLEAN;
            case "LOCAL_DATE" -> Types.DATE;
            case "LOCAL_TIME" -> Types.TIME;
            case "LOCAL_DATE_TIME" -> Types.TIMESTAMP;
            case "INSTANT" -> Types.TIMESTAMP_WITH_TIMEZONE;
            default -> Types.VARCHAR;
        };
    }

    /** Rows read column by column as H2 asks for them; missing values become SQL NULL. */
    private static final class RowSource implements SimpleRowSource {
        private final Table table;
        private final Column<?>[] columns;
        private int row;

        RowSource(Table table) {
            this.table = table;
            this.columns = table.columns().toArray(Column<?>[]::new);
        }

        @Override
        public Object[] readRow() {
            if (row >= table.rowCount()) {
                return null;
            }
            Object[] values = new Object[columns.length];
            for (int c = 0; c < columns.length; c++) {
                values[c] = columns[c].isMissing(row) ? null : sqlValue(columns[c].get(row));
            }
            row++;
            return values;
        }

        /** H2 takes java.time values as they are, except an Instant, which it needs with an offset. */
        private static Object sqlValue(Object value) {
            return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
        }

        @Override
        public void close() {
            // the table stays in the cache
        }

        @Override
        public void reset() {
            row = 0;
        }
    }
}
