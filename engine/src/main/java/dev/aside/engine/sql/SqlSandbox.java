package dev.aside.engine.sql;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A private in-memory DuckDB database for one query, locked down before the query's text reaches it.
 *
 * <p>Why one database per query: DuckDB's {@code allowed_paths} is a database-wide setting that
 * {@code lock_configuration} freezes, and the set of cached tables changes all the time. A database
 * made for one query allows exactly that query's table files (and its own output file, for
 * {@code store_as}), so no later item and no earlier deleted one is ever reachable; it costs a few
 * milliseconds to open (see the engine benchmark), small beside any query over a cached table.
 *
 * <p>What the lock-down guarantees: each referenced item is a view over {@code read_parquet} of its
 * file, created first; then {@code allowed_paths} lists those files, {@code enable_external_access=false}
 * refuses every other file, URL, {@code ATTACH}, {@code INSTALL} and {@code LOAD}, and
 * {@code lock_configuration=true} refuses any further {@code SET}. The query text itself must parse
 * as exactly one SELECT ({@link #requireOneSelect}), so statements that change state are refused
 * before they run.
 */
final class SqlSandbox {

    private SqlSandbox() {}

    /**
     * Opens the database with {@code views} (name as written in the query, to the Parquet file it
     * reads), and {@code writable} the only files besides them that COPY may write.
     */
    static Connection open(Map<String, Path> views, Collection<Path> writable, SqlLimits limits, Path spillFolder)
            throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement setup = connection.createStatement()) {
            setup.execute("SET threads = " + limits.threads());
            setup.execute("SET memory_limit = '" + limits.memoryBytesPerQuery() + "B'");
            setup.execute("SET temp_directory = " + literal(spillFolder.toString()));
            setup.execute("SET autoinstall_known_extensions = false");
            setup.execute("SET autoload_known_extensions = false");
            StringJoiner allowed = new StringJoiner(", ", "[", "]");
            for (Map.Entry<String, Path> view : views.entrySet()) {
                String file = view.getValue().toAbsolutePath().toString();
                setup.execute("CREATE VIEW " + identifier(view.getKey()) + " AS SELECT * FROM read_parquet("
                        + literal(file) + ")");
                allowed.add(literal(file));
            }
            for (Path file : writable) {
                allowed.add(literal(file.toAbsolutePath().toString()));
            }
            setup.execute("SET allowed_paths = " + allowed);
            setup.execute("SET enable_external_access = false");
            setup.execute("SET lock_configuration = true");
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Refuses anything but one SELECT (or WITH ... SELECT, VALUES, a table function call):
     * DuckDB serializes only SELECT statements to JSON, and lists each statement it parsed.
     *
     * @throws InvalidQueryException naming what was wrong
     */
    static void requireOneSelect(Connection connection, String query) throws SQLException {
        try (var check = connection.prepareStatement(
                "SELECT json_extract_string(j, '$.error_message'), json_array_length(j, '$.statements') "
                        + "FROM (SELECT json_serialize_sql(?::VARCHAR) AS j)")) {
            check.setString(1, query);
            try (ResultSet rs = check.executeQuery()) {
                rs.next();
                String error = rs.getString(1);
                long statements = rs.getLong(2);
                if (error != null && error.startsWith("Only SELECT")) {
                    throw new InvalidQueryException("Only a SELECT query can run here (no COPY, ATTACH, "
                            + "INSTALL, LOAD, SET, CREATE, INSERT or other statements).", 0, 0, null);
                }
                if (error != null) {
                    return; // a syntax error: running the query reports it with its position
                }
                if (statements != 1) {
                    throw new InvalidQueryException("Send exactly one SELECT; this text holds " + statements
                            + " statements.", 0, 0, null);
                }
            }
        }
    }

    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
