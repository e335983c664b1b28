package dev.aside.engine.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** DuckDB in process, in memory: the yardstick the engine's figures are divided by. */
final class DuckDbBaseline implements AutoCloseable {

    private final Connection connection;

    DuckDbBaseline() throws SQLException {
        this.connection = DriverManager.getConnection("jdbc:duckdb:");
    }

    /** Best time of {@code CREATE TABLE AS SELECT * FROM read_parquet(file)}; leaves table {@code trades}. */
    long bestLoadMillis(Path file, int repeats) throws SQLException {
        long best = Long.MAX_VALUE;
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < repeats; i++) {
                statement.execute("DROP TABLE IF EXISTS trades");
                long start = System.nanoTime();
                statement.execute("CREATE TABLE trades AS SELECT * FROM read_parquet(" + literal(file) + ")");
                best = Math.min(best, EngineBench.millisSince(start));
            }
        }
        return best;
    }

    /** Best time of {@code COPY trades TO target (FORMAT parquet)}, DuckDB's own Parquet out. */
    long bestCopyMillis(Path target, int repeats) throws SQLException {
        long best = Long.MAX_VALUE;
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < repeats; i++) {
                long start = System.nanoTime();
                statement.execute("COPY trades TO " + literal(target) + " (FORMAT parquet)");
                best = Math.min(best, EngineBench.millisSince(start));
            }
        }
        return best;
    }

    /**
     * Best time of {@code COPY (SELECT * FROM read_parquet(source)) TO target}: what the SQL engine's
     * whole-item COPY does (it reads the item's disk file), without its sandbox and limits, so the
     * two differ only by what Aside adds. Each repeat writes a new file, as the engine does.
     */
    long bestCopyFromFileMillis(Path source, Path target, int repeats) throws SQLException {
        long best = Long.MAX_VALUE;
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < repeats; i++) {
                Path out = target.resolveSibling(i + "-" + target.getFileName());
                long start = System.nanoTime();
                statement.execute("COPY (SELECT * FROM read_parquet(" + literal(source) + ")) TO " + literal(out)
                        + " (FORMAT parquet, COMPRESSION snappy)");
                best = Math.min(best, EngineBench.millisSince(start));
            }
        }
        return best;
    }

    /**
     * Rewrites {@code source} as DuckDB writes Parquet (its row groups, encodings and statistics) to
     * {@code target}: the benchmark's input, so the file an analyst brings comes from another tool
     * and a change to Aside's own writer does not move the baseline.
     */
    Path rewrite(Path source, Path target) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT * FROM read_parquet(" + literal(source) + ")) TO " + literal(target)
                    + " (FORMAT parquet, COMPRESSION snappy)");
        }
        return target;
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /** Best time of a query over {@code trades}, reading every result row. */
    long bestQueryMillis(String sql, int repeats) throws SQLException {
        long best = Long.MAX_VALUE;
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < repeats; i++) {
                long start = System.nanoTime();
                try (ResultSet rs = statement.executeQuery(sql)) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
                best = Math.min(best, EngineBench.millisSince(start));
            }
        }
        return best;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
