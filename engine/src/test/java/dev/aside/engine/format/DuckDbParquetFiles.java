package dev.aside.engine.format;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Writes Parquet files with DuckDB, a writer independent of parquet-java, for the reader tests. */
final class DuckDbParquetFiles {

    /** Rows of {@link #bondTrades}; small row groups make the reader combine several per column. */
    static final int ROWS = 5_000;
    static final int ROW_GROUP_ROWS = 1_000;

    private DuckDbParquetFiles() {
    }

    /**
     * Bond trades where row {@code i} has: cusip {@code C} + i % 600 padded to 8 digits; price
     * 100 + (i % 1000) / 8, null when i % 100 == 7; security_type one of 8 by i % 8; trade_date
     * 2023-01-02 + i % 730 days; quantity i * 1000; an all-null INTEGER column {@code nothing};
     * and more typed columns: flag, small, ratio, amount (DECIMAL(12,2)), traded_at (TIMESTAMP),
     * settled_at (TIMESTAMPTZ), note (string, null on odd rows).
     */
    static Path bondTrades(Path file, String compression) throws SQLException {
        return copy(file, compression, """
                SELECT 'C' || lpad(CAST(i % 600 AS VARCHAR), 8, '0') AS cusip,
                       CASE WHEN i % 100 = 7 THEN NULL ELSE 100 + (i % 1000) / 8.0 END::DOUBLE AS price,
                       (['TREASURY','AGENCY','CORPORATE','MUNICIPAL','MBS','ABS','CMO','SUPRA'])[1 + i % 8] AS security_type,
                       DATE '2023-01-02' + CAST(i % 730 AS INTEGER) AS trade_date,
                       CAST(i * 1000 AS BIGINT) AS quantity,
                       CAST(NULL AS INTEGER) AS nothing,
                       i % 3 = 0 AS flag,
                       CAST(i % 30000 AS INTEGER) AS small,
                       CAST(i / 4.0 AS FLOAT) AS ratio,
                       CAST(i / 100.0 AS DECIMAL(12, 2)) AS amount,
                       TIMESTAMP '2024-01-01 09:30:00' + to_milliseconds(i * 1500) AS traded_at,
                       TIMESTAMPTZ '2024-01-01 09:30:00+00' + to_seconds(i) AS settled_at,
                       CASE WHEN i % 2 = 1 THEN NULL ELSE 'n' || CAST(i AS VARCHAR) END AS note
                FROM range(ROWS) t(i)
                """.replace("ROWS", String.valueOf(ROWS)));
    }

    /** Writes the result of {@code select} to {@code file}. */
    static Path copy(Path file, String compression, String select) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute("SET TimeZone = 'UTC'");
            statement.execute("COPY (" + select + ") TO '" + file + "' (FORMAT parquet, COMPRESSION " + compression
                    + ", ROW_GROUP_SIZE " + ROW_GROUP_ROWS + ")");
        }
        return file;
    }
}
